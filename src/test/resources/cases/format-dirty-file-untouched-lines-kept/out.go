package infra

func  messy( ) {
  println("not gofmt-clean, and not touched")
}

type Deployment struct {
	Name      string            // the service
	Namespace string            // where it runs
	Labels    map[string]string // kept as they are
}

var x = map[string]int{"a":1}
