package conf

import (
	"fmt"
	"io/ioutil"
	// strings for the names
	"strings"

	"example.com/config"
)

func load(p string) ([]byte, error) {
	b, err := ioutil.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", strings.ToUpper(p), err)
	}
	all, _ := ioutil.ReadAll(config.Reader())
	return append(b, all...), nil
}
