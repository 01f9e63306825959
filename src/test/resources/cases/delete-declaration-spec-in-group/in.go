package infra

import "time"

const (
	// defaultTimeout bounds every phase.
	defaultTimeout = 5 * time.Minute
	retries        = 3 // kept
)

var (
	imageName = "kubernaut/datastorage"

	// legacyImage was the fixed tag before Phase 0.
	// Deprecated: use the dynamic tag.
	legacyImage = imageName + ":e2e"
)

type (
	LegacyTag string
	Tag       string
)
