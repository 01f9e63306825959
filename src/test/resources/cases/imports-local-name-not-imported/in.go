package svc

func serve(log *Logger) {
	printf("serving %d", 1)
}
