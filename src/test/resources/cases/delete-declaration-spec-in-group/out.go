package infra

const (
	retries = 3 // kept
)

var (
	imageName = "kubernaut/datastorage"
)

type (
	Tag string
)
