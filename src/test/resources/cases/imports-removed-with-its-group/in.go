package conf

import (
	"io"

	"io/ioutil"

	_ "net/http/pprof"
	. "strings"
)

func load(r io.Reader) ([]byte, error) {
	b, err := ioutil.ReadAll(r)
	return []byte(ToUpper(string(b))), err
}
