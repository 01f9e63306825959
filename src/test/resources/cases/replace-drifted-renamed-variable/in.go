package infra

import "fmt"

func f(writer any) {
	buildErr := buildDataStorageImage(writer)
	_ = buildErr
}
