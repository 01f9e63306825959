package infra

import "fmt"

func Setup(writer any) error {
	fmt.Fprintln(writer, "start")

	fmt.Fprintln(writer, "no banners here")
	return nil
}
