package conf

import (
	"io/ioutil"
	"strings"
)

func load(p string) ([]byte, error) {
	return ioutil.ReadFile(p)
}
