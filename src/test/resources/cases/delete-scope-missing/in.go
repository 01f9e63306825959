package infra

import "fmt"

func f(writer any) {
	// PHASE 3: Load
	dataStorageImageName := GenerateInfraImageName("datastorage", "ro")
	fmt.Fprintf(writer, "tag %s\n", dataStorageImageName)
}
