package infra

import "fmt"

func f(clusterName, tag string, writer any) error {
	fmt.Fprintln(writer, "loaded")

	// ═══════════════════════════════════════════════════════════════════════
	// PHASE 3.5: Tag DataStorage image
	// ═══════════════════════════════════════════════════════════════════════
	fmt.Fprintln(writer, "tagging")
	// retag inside the node
	if err := retagInKind(clusterName, tag, writer); err != nil {
		return fmt.Errorf("failed: %w", err)
	}
	fmt.Fprintf(writer, "  ✅ tagged: %s\n", tag)

	return nil
}
