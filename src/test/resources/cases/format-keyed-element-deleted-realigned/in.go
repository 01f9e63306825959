package infra

var gateway = Config{
	Name:             "gateway",
	ImageTagOverride: "e2e",      // set by Phase 0
	Replicas:         1,          // one is enough
	Env:              "kind-e2e", // the cluster
}

var other = Config{
	Name:     "other",
	Replicas: 2,
}
