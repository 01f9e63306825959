package infra

var gateway = Config{
	Name:     "gateway",
	Replicas: 1, // one is enough
}
