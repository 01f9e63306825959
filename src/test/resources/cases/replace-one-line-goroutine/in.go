package infra

import "fmt"

func f(clusterName string, writer any, results chan error) {
	fmt.Println("phase 3")

	go func() { err := loadDataStorageImage(clusterName, writer); results <- err }()
}
