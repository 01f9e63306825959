package infra

import "fmt"

func f(clusterName, tag string, writer any) error {
	fmt.Fprintln(writer, "loaded")

	// PHASE 4
	return nil
}
