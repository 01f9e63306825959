package infra

import "fmt"

func f(writer any) {
	// PHASE 0
	dataStorageImageName := GenerateInfraImageName("datastorage", "ro")
	fmt.Fprintf(writer, "tag %s\n", dataStorageImageName)

	// PHASE 3: Load
	fmt.Println(3)

	// PHASE 4: Deploy
}
