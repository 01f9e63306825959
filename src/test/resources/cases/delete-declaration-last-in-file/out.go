package infra

import "fmt"

func a() {}
