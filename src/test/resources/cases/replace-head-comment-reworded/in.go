package infra

import "fmt"

func f(clusterName string, writer any, results chan error) {
	fmt.Println("phase 3")

	// Load the DataStorage image; static tag for now
	// (see DD-TEST-001)
	go func() {
		err := loadDataStorageImage(clusterName, writer)
		results <- err
	}()
}
