package infra

import "fmt"

func a() {}

// tagDataStorageImageInKind tags the image.
func tagDataStorageImageInKind(tag string) error {
	fmt.Println(tag)
	return nil
}
