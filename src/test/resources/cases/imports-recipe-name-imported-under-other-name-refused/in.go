package e2e

import (
	kinfra "example.com/kubernaut/test/infrastructure"
	legacy "example.com/kubernaut/test/old"
)

func setUp() error {
	kinfra.Prepare()
	return legacy.Deploy("gateway")
}
