package infra

import "fmt"

func f(writer any) {
	err := buildDataStorageImage(writer)
	_ = err
}
