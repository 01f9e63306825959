package infra

import "fmt"

func f() {
	newName(1)
}
