package p

func TestA(t *testing.T) {
	time.Sleep(time.Second)
	start()
	time.Sleep(2 * time.Second)
}

func helperWait() {
	time.Sleep(time.Millisecond)
}
