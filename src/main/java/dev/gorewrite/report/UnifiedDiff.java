package dev.gorewrite.report;

/**
 * A git-style unified diff of one file, ready for {@code git apply}. java-diff-utils finds the
 * changed lines; the hunks are written here ({@link Hunk}, {@link HunkedDiff}) because its
 * {@code UnifiedDiffUtils} neither marks a missing final newline nor keeps "\r\n" apart from
 * "\n", and a patch must restore both exactly.
 */
public final class UnifiedDiff {

    private UnifiedDiff() {}

    /**
     * The diff from {@code before} to {@code after} of the file at {@code relativePath} (relative
     * to the repository root; '\' is written as '/'), with {@code context} unchanged lines around
     * each change, or "" when the texts are equal. Every line of the result ends in '\n'.
     */
    public static String of(String relativePath, String before, String after, int context) {
        return HunkedDiff.of(relativePath, before, after, context).text();
    }

    /** The diff that creates the file at {@code relativePath} holding {@code text} (from /dev/null). */
    public static String created(String relativePath, String text) {
        return HunkedDiff.ofNewFile(relativePath, text).text();
    }
}
