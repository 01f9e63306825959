package svc

import (
	"fmt"
	"io"
)

func Setup(w io.Writer) error {
	// ═══════════════════════════════════════
	// STEP 1: Build
	// ═══════════════════════════════════════
	fmt.Fprintln(w, "🏷️ tagging image")
	build(w)
	return nil
}

func build(w io.Writer) {}
