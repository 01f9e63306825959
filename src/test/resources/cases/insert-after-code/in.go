package infra

import "fmt"

func f(writer any) {
	if true {
		loadResults := make(chan buildResult, 2)
		_ = loadResults
	}
}
