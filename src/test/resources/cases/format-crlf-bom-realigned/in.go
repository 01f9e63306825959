package infra

var gateway = Config{
	Name:             "gateway",
	ImageTagOverride: "e2e",      // set by Phase 0
	Replicas:         1,          // one is enough
}
