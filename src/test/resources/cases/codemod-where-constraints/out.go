package p

import "fmt"

func f() error {
	if err := a(); err != nil {
		return fmt.Errorf("reading config"+": %w", err)
	}
	if err := b(); err != nil {
		return errors.Wrap(err, "Loud message")
	}
	if err := c(); err != nil {
		return errors.Wrap(wrapped(err), "calling c")
	}
	return errors.Wrap(nil, "never")
}
