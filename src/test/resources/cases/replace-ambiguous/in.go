package infra

import "fmt"

func f(writer any) {
	err := buildDataStorageImage(writer)
	_ = err
}

func g(w any) {
	err := buildDataStorageImage(w)
	_ = err
}
