package p

func f() {
	use(wrapped(wrapped(a, true), true), wrapped(b, true))
}
