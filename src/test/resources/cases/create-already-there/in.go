package util

import "fmt"

// ImageTag names an image with its service's tag.
func ImageTag(image, service string) string {
	return fmt.Sprintf("%s:%s", image, service)
}
