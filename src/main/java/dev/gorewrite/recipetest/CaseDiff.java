package dev.gorewrite.recipetest;

import dev.gorewrite.golang.Utf8;
import dev.gorewrite.report.UnifiedDiff;

/** A unified diff of what a case expected against what it got, headed by their names. */
final class CaseDiff {
    private static final int CONTEXT = 3;

    private CaseDiff() {}

    /** "" when equal; otherwise "--- expected", "+++ actual" and the hunks. */
    static String of(String expectedName, byte[] expected, String actualName, byte[] actual) {
        String diff = UnifiedDiff.of("x", Utf8.decode(expected), Utf8.decode(actual), CONTEXT);
        if (diff.isEmpty()) {
            return diff;
        }
        // UnifiedDiff heads a patch for git ("diff --git", a/ and b/ paths); here the two sides are different files.
        String hunks = diff.substring(diff.indexOf("\n@@") + 1);
        return "--- " + expectedName + "\n+++ " + actualName + "\n" + hunks;
    }
}
