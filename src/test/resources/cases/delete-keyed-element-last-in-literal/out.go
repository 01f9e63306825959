package p

var a = Config{
	Name: "a",
}

var b = Config{
	Name: "b",
}
