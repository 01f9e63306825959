package infra

import "fmt"

func f(writer any) {
	err := buildDataStorageImage(  writer  ) // keep me
	_ = err
	fmt.Println()
}
