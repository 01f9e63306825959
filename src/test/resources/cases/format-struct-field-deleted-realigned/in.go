package infra

// Deployment is what a service needs to start.
type Deployment struct {
	Name           string            // the service
	Namespace      string            // where it runs
	LegacyImageTag string            // the tag before Phase 0
	Labels         map[string]string // kept as they are
}

type Other struct {
	A    int // untouched
	Bcde int
}
