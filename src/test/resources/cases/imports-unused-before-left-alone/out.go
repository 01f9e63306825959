package conf

import (
	"os"
	"strings"
)

func load(p string) ([]byte, error) {
	return os.ReadFile(p)
}
