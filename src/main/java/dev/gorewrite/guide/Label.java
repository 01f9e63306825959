package dev.gorewrite.guide;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label a guide puts before a code block (`**CHANGE FROM**:`, `REPLACE`, `NEW FILE: \`a.go\``),
 * with what follows the keyword ({@code detail}: "BEFORE Phase 3" of `ADD BEFORE Phase 3`, or
 * the new file's path).
 */
public record Label(Kind kind, String detail) {
    public enum Kind {
        CHANGE_FROM, CHANGE_TO, FROM, TO, REPLACE, WITH, BEFORE, AFTER, ADD,
        DELETE_SECTION, DELETE_FUNCTION, DELETE, NEW_FILE, NONE;

        /** The old half of a replacement pair. */
        boolean old() {
            return this == CHANGE_FROM || this == FROM || this == REPLACE || this == BEFORE;
        }

        /** The new half of a replacement pair. */
        boolean replacement() {
            return this == CHANGE_TO || this == TO || this == WITH || this == AFTER;
        }
    }

    /** Longest keywords first, so that `DELETE THIS ENTIRE SECTION` is not read as `DELETE`. */
    private static final Pattern KEYWORD = Pattern.compile("(?i)^(change\\s+from|change\\s+to|delete\\s+this\\s+entire"
            + "\\s+section|delete\\s+this\\s+entire\\s+function|new\\s+file|replace|with|from|to|before|after|add|delete)"
            + "\\b\\s*(.*)$");

    public Label {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    static final Label NONE = new Label(Kind.NONE, "");

    /**
     * The label in a paragraph's text (bold already flattened), if the paragraph is one: a keyword,
     * a colon (NEW FILE's may follow the path), and words after it only where they mean something
     * (`ADD BEFORE Phase 3`, `DELETE (now obsolete)`, the new file's path) so that prose such as
     * "To run it:" is not read as a TO label.
     */
    static Optional<Label> of(String paragraph) {
        String text = paragraph.strip();
        if (text.length() > 120 || text.contains("\n")) {
            return Optional.empty();
        }
        Matcher m = KEYWORD.matcher(text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Label label = new Label(kindOf(m.group(1)), detail(m.group(2)));
        return label.plausible(text.endsWith(":")) ? Optional.of(label) : Optional.empty();
    }

    private boolean plausible(boolean colon) {
        return switch (kind) {
            case NEW_FILE -> !detail.isEmpty();
            case ADD, DELETE, DELETE_SECTION, DELETE_FUNCTION -> colon || detail.isEmpty();
            default -> (colon || detail.isEmpty()) && (detail.isEmpty() || detail.startsWith("("));
        };
    }

    private static Kind kindOf(String keyword) {
        String words = keyword.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (words) {
            case "DELETE THIS ENTIRE SECTION" -> Kind.DELETE_SECTION;
            case "DELETE THIS ENTIRE FUNCTION" -> Kind.DELETE_FUNCTION;
            default -> Kind.valueOf(words.replace(' ', '_'));
        };
    }

    /** `: a.go` of `NEW FILE: a.go`, `(now obsolete)` of a delete: the words after the keyword. */
    private static String detail(String rest) {
        String text = rest.strip();
        String words = text.startsWith(":") ? text.substring(1).strip() : text;
        return words.replace("`", "");
    }

    public String describe() {
        if (kind == Kind.NONE) {
            return "(unlabelled)";
        }
        String name = kind.name().replace('_', ' ');
        return detail.isEmpty() ? name : name + " " + detail;
    }
}
