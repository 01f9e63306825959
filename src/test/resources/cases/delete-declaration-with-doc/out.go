package infra

func a() {}

// b is kept.
func b() {}
