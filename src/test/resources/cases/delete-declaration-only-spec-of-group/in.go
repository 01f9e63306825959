package infra

var x = 1

// helper is no longer used.
var (
	helper = func() {}
)

func f() {}
