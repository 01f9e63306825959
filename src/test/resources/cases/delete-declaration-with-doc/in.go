package infra

import "fmt"

func a() {}

// tagDataStorageImageInKind tags the image
// inside the node.
func tagDataStorageImageInKind(tag string) error {
	fmt.Println(tag)
	return nil
}

// b is kept.
func b() {}
