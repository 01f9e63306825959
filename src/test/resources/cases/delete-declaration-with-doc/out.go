package infra

import "fmt"

func a() {}

// b is kept.
func b() {}
