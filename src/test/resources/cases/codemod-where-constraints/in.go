package p

func f() error {
	if err := a(); err != nil {
		return errors.Wrap(err, "reading config")
	}
	if err := b(); err != nil {
		return errors.Wrap(err, "Loud message")
	}
	if err := c(); err != nil {
		return errors.Wrap(wrapped(err), "calling c")
	}
	return errors.Wrap(nil, "never")
}
