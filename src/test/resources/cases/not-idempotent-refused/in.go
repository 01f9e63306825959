package p

func f() {
	time.Sleep(d)
}
