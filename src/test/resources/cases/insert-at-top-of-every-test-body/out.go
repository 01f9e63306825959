package p

import "testing"

func TestA(t *testing.T) {
	t.Parallel()
	got := sum(1, 2)
	if got != 3 {
		t.Fatalf("sum = %d", got)
	}
}

func TestB(t *testing.T) {
	t.Parallel()
	check(t)
}

func helper(t *testing.T) {
	check(t)
}
