package svc

import (
	"fmt"
	"io"
)

func Setup(w io.Writer) error {
	// ═══════════════════════════════════════
	// STEP 0: Tag once 📛
	// ═══════════════════════════════════════
	tag := newTag("svc")

	// ═══════════════════════════════════════
	// STEP 1: Build
	// ═══════════════════════════════════════
	fmt.Fprintln(w, "📛 using tag", tag)
	buildWithTag(w, tag)
	return nil
}

func build(w io.Writer) {}
