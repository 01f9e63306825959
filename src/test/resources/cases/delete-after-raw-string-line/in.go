package p

func f() {
	q := `select *
// not a comment, part of the string`
	// legacy
	legacyCall()
	use(q)
}
