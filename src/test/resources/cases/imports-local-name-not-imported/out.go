package svc

func serve(log *Logger) {
	log.Printf("serving %d", 1)
}
