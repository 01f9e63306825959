package infra

import "time"

const (
	retries = 3 // kept
)

var (
	imageName = "kubernaut/datastorage"
)

type (
	Tag string
)
