package p

import "slices"

func f(names []string) {
	slices.Sort(names)
}
