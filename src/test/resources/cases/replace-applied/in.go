package infra

import "fmt"

func f(writer any) {
	go func() {
		err := buildDataStorageImage(writer)
		_ = err
	}()
}
