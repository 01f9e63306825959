package p

func f(w any) {
	err := build(w)
	_ = err
}
