package p

func g(x int) {
	f(x)
}
