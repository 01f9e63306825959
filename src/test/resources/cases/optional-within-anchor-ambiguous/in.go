package p

func f() {
	// PHASE 3: load
	load(a)
	// PHASE 3: again
	load(b)
}
