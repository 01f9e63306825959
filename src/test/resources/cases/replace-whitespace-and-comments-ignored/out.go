package infra

import "fmt"

func f(writer any) {
	err := buildDataStorageImageWithTag(dataStorageImageName, writer) // keep me
	_ = err
	fmt.Println()
}
