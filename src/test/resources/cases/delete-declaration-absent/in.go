package infra

import "fmt"

func a() { fmt.Println() }
