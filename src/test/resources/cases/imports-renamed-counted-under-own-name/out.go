package e2e

import (
	"context"

	kinfra "example.com/kubernaut/test/infrastructure"
)

func setUp(ctx context.Context) error {
	kinfra.Prepare(ctx)
	return kinfra.Deploy(ctx, "gateway")
}
