package set

func has(xs []string, x string) bool {
	return contains(xs, x)
}
