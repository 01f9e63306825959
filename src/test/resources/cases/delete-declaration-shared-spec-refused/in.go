package infra

var a, b = 1, 2
