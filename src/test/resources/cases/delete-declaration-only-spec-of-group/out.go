package infra

var x = 1

func f() {}
