package conf

import (
	"io/ioutil"
	"os"
)

func load(a, b string) ([]byte, []byte, error) {
	x, err := ioutil.ReadFile(a)
	if err != nil {
		return nil, nil, err
	}
	y, err := ioutil.ReadFile(
		b, // the second file
	)
	_ = os.Getenv("HOME")
	return x, y, err
}
