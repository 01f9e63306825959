package infra

var (x = 1; y = 2)
