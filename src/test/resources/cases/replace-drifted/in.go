package infra

import "fmt"

func f(ctx, writer any) {
	// someone added a context
	err := buildDataStorageImage(ctx, writer)
	_ = err
}
