package dev.gorewrite.recipetest;

import dev.gorewrite.golang.Utf8;
import dev.gorewrite.report.UnifiedDiff;

/** A unified diff of what a case expected against what it got, headed by their names. */
final class CaseDiff {
    private static final int CONTEXT = 3;

    private CaseDiff() {}

    /** "" when equal; otherwise "--- expected", "+++ actual" and the hunks. */
    static String of(String expectedName, byte[] expected, String actualName, byte[] actual) {
        String before = Utf8.decode(expected);
        String after = Utf8.decode(actual);
        String diff = UnifiedDiff.of("x", before, after, CONTEXT);
        if (diff.isEmpty()) {
            return diff;
        }
        // UnifiedDiff heads a patch for git ("diff --git", a/ and b/ paths); here the two sides are different files.
        String hunks = diff.substring(diff.indexOf("\n@@") + 1);
        return "--- " + expectedName + "\n+++ " + actualName + "\n" + hunks + lineEndingNote(before, after);
    }

    /** Lines that differ only by a '\r' look the same in a diff: say so. */
    private static String lineEndingNote(String expected, String actual) {
        if (!expected.replace("\r\n", "\n").equals(actual.replace("\r\n", "\n"))) {
            return "";
        }
        return "(only the line endings differ: " + endings(expected) + " expected, " + endings(actual) + " actual)\n";
    }

    private static String endings(String text) {
        long crlf = text.split("\r\n", -1).length - 1L;
        long lf = text.chars().filter(c -> c == '\n').count();
        return crlf == 0 ? "LF" : crlf == lf ? "CRLF" : "mixed";
    }
}
