package set

import (
	"fmt"

	"example.com/other"
	"golang.org/x/exp/slices"
)

func has(xs []string, x string) bool {
	fmt.Println(other.Name)
	return slices.Contains(xs, x)
}
