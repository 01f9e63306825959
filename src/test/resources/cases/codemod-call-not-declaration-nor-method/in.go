package p

func Setup() {}

func TestA(t *T) {
	Setup()
	t.Setup()
	// Setup() in a comment stays
	s := "Setup()"
	_ = s
}
