package dice

func six() int {
	return roll(6)
}
