package p

func f() {
	legacyHook()
}
