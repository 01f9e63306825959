package p

func run() {
	log.Printf("start %d", 1)
}

func helper(t *T) {
	log.Printf("helper")
}
