package set

import (
	"fmt"

	"example.com/other"
)

func has(xs []string, x string) bool {
	fmt.Println(other.Name)
	return contains(xs, x)
}
