package p

func f(ctx context.Context) {
	// step one
	a()

	// step two
	b() // trailing
	// the end
	markDone()
}
