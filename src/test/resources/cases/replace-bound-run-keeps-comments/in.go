package p

func f(ctx context.Context) {
	if featureOn(ctx) { // TODO remove guard
		// step one
		a()

		// step two
		b() // trailing
		// the end
	}
}
