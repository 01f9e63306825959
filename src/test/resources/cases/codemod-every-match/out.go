package conf

import (
	"os"
)

func load(a, b string) ([]byte, []byte, error) {
	x, err := os.ReadFile(a)
	if err != nil {
		return nil, nil, err
	}
	y, err := os.ReadFile(b) // the second file
	_ = os.Getenv("HOME")
	return x, y, err
}
