package conf

import "io/ioutil"

// load reads p; the caller may os.Exit on an error (a comment: not a use of os).
func load(p string) ([]byte, error) {
	return ioutil.ReadFile(p) // myioutil.ReadFile was the old name
}
