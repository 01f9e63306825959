package p

import "sort"

func f(names []string) {
	sort.Strings(names)
}
