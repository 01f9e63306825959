package infra

func f() {
	if legacyMode {
		a := 1
		// keep this comment
		b := `raw
	line kept as is`
		/* block
		   comment */
		use(a,
			b)
	}
	finish(ctx,
		writer)
}
