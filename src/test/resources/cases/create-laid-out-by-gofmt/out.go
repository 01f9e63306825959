package util

const (
	A      = 1
	Longer = 2
)

func f() {}
