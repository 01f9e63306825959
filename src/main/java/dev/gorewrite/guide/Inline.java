package dev.gorewrite.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** A Markdown node's text with emphasis flattened, and the inline code spans it holds. */
record Inline(String text, List<String> codes) {
    Inline {
        Objects.requireNonNull(text, "text");
        codes = List.copyOf(codes);
    }

    static Inline of(Node node) {
        StringBuilder text = new StringBuilder();
        List<String> codes = new ArrayList<>();
        collect(node, text, codes);
        return new Inline(text.toString().strip(), codes);
    }

    /** The text's lines: `**File**: a.go` and `**Location**: …` may share one paragraph. */
    List<String> lines() {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static void collect(Node node, StringBuilder text, List<String> codes) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code c) {
                text.append('`').append(c.getLiteral()).append('`');
                codes.add(c.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append('\n');
            } else {
                collect(child, text, codes);
                if (child instanceof org.commonmark.node.Block) {
                    text.append('\n');
                }
            }
        }
    }
}
