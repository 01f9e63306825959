package p

func f(names []string) {
	use(names)
}
