package p

func f() {
	use(wrap(wrap(a)), wrap(b))
}
