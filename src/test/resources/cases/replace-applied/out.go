package infra

import "fmt"

func f(writer any) {
	go func() {
		err := buildDataStorageImageWithTag(dataStorageImageName, writer)
		_ = err
	}()
}
