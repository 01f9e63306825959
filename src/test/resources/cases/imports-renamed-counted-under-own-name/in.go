package e2e

import (
	"context"

	kinfra "example.com/kubernaut/test/infrastructure"
	legacy "example.com/kubernaut/test/old"
)

func setUp(ctx context.Context) error {
	kinfra.Prepare(ctx)
	return legacy.Deploy(ctx, "gateway")
}
