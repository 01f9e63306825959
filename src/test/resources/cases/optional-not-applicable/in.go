package infra

import "fmt"

func f() {
	oldName(1)
}
