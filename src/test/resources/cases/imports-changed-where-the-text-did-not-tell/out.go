package conf

import "os"

// load reads p; the caller may os.Exit on an error (a comment: not a use of os).
func load(p string) ([]byte, error) {
	return os.ReadFile(p) // myioutil.ReadFile was the old name
}
