package app

import (
	"fmt"

	_ "example.com/version/register"
)

var version = "dev"

func show() { fmt.Println(version) }
