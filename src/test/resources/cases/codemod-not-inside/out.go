package p

import "example.com/logger"

func run() {
	logger.Infof("start %d", 1)
}

func helper(t *T) {
	log.Printf("helper")
}
