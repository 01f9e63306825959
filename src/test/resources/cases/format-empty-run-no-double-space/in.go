package infra

func Start(w Writer) {
	w.Write("start")
}

func Stop(w Writer) error {
	return w.Close()
}
