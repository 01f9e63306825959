package conf

import (
	"io"

	_ "net/http/pprof"
	. "strings"
)

func load(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(r)
	return []byte(ToUpper(string(b))), err
}
