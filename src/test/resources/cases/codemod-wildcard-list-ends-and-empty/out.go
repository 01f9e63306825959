package p

func f() {
	a := cache.GetXWithTTL(k1, k2, k3, k4, cache.DefaultTTL)
	b := cache.GetXWithTTL(k1,
		k2, cache.DefaultTTL)
	c := cache.GetXWithTTL(k1, cache.DefaultTTL)
	d := cache.GetXWithTTL(cache.DefaultTTL)
	use(a, b, c, d)
}
