package p

func g(ctx Context) error {
	if n := f(ctx); n > 0 {
		return wrap(errN)
	}
	return nil
}
