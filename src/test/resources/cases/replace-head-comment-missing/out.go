package infra

import "fmt"

func f(clusterName string, writer any, results chan error) {
	fmt.Println("phase 3")

	// Load DataStorage image with dynamic tag
	go func() {
		err := loadDataStorageImageWithTag(clusterName, dataStorageImageName, writer)
		results <- err
	}()
}
