package dev.gorewrite.guide;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a guide step says its edit goes: `Line ~75-78`, `Before Phase 1 comment`, `Top of file`. */
public sealed interface Location {
    /** A line or range the guide gives; approximate ("~") in most guides, as code drifts. */
    record Lines(int from, int to, boolean approximate, String text) implements Location {
        public Lines {
            Objects.requireNonNull(text, "text");
            if (from < 1 || to < from) {
                throw new IllegalArgumentException("bad line range " + from + "-" + to);
            }
        }

        @Override
        public String describe() {
            return "lines " + (approximate ? "~" : "") + from + (to == from ? "" : "-" + to);
        }
    }

    /** Before the comment that contains {@code comment} (`Before Phase 1 comment` gives "Phase 1"). */
    record BeforeComment(String comment, String text) implements Location {
        public BeforeComment {
            Objects.requireNonNull(text, "text");
            if (comment == null || comment.isBlank()) {
                throw new IllegalArgumentException("a before-comment location needs the comment's text");
            }
        }

        @Override
        public String describe() {
            return "before comment \"" + comment + "\"";
        }
    }

    record TopOfFile(String text) implements Location {
        public TopOfFile {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String describe() {
            return "top of file";
        }
    }

    /** Anything else, kept for a person to read. */
    record FreeText(String text) implements Location {
        public FreeText {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String describe() {
            return "\"" + text + "\"";
        }
    }

    /** The guide gave no location. */
    record None() implements Location {
        @Override
        public String describe() {
            return "(none given)";
        }
    }

    Pattern LINES = Pattern.compile("(?i)lines?\\s*(~)?\\s*(\\d+)(?:\\s*[-–]\\s*~?(\\d+))?");
    Pattern BEFORE = Pattern.compile("(?i)^\\(?before\\s+(.+?)\\s+comment\\)?$");

    /** Reads one location text; `Line ~54 (before Phase 1 comment)` is a line range. */
    static Location of(String text) {
        String trimmed = text.strip();
        Matcher lines = LINES.matcher(trimmed);
        if (lines.find()) {
            int from = Integer.parseInt(lines.group(2));
            int to = lines.group(3) == null ? from : Integer.parseInt(lines.group(3));
            return to >= from ? new Lines(from, to, lines.group(1) != null, trimmed) : new FreeText(trimmed);
        }
        Matcher before = BEFORE.matcher(trimmed);
        if (before.matches()) {
            return new BeforeComment(before.group(1), trimmed);
        }
        return trimmed.toLowerCase(Locale.ROOT).startsWith("top of file") ? new TopOfFile(trimmed) : new FreeText(trimmed);
    }

    /** One line for the report. */
    String describe();
}
