package infra

import "fmt"

func f(writer any) {
	err := buildDataStorageImageWithTag(dataStorageImageName, writer)
	_ = err
}
