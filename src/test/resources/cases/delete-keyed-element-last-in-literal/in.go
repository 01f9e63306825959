package p

var a = Config{
	Name: "a",
	Env: "b",
}

var b = Config{
	Env: "b",
	Name: "b",
}
