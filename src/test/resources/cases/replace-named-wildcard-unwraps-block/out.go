package infra

func f() {
	a := 1
	// keep this comment
	b := `raw
	line kept as is`
	/* block
	   comment */
	use(a,
		b)
	finishAll(ctx,
		writer)
}
