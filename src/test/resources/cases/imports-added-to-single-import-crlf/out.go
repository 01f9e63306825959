package conf

import (
	"io"
	"io/ioutil" // still needed for ReadFile
)

func load(p string) ([]byte, error) {
	b, err := ioutil.ReadFile(p)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(bytesReader(b))
}
