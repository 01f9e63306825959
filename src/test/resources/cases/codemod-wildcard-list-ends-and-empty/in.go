package p

func f() {
	a := cache.GetX(k1, k2, k3, k4)
	b := cache.GetX(
		k1,
		k2,
	)
	c := cache.GetX(k1)
	d := cache.GetX()
	use(a, b, c, d)
}
