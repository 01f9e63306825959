package app

import (
	_ "embed"
	"fmt"
)

var version string

func show() { fmt.Println(version) }
