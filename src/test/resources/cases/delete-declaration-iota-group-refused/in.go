package infra

const (
	A = iota
	B
	C
)
