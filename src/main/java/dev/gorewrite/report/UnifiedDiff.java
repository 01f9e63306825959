package dev.gorewrite.report;

import com.github.difflib.DiffUtils;
import java.util.List;

/**
 * A git-style unified diff of one file, ready for {@code git apply}. java-diff-utils finds the
 * changed lines; the hunks are written here because its {@code UnifiedDiffUtils} neither marks a
 * missing final newline nor keeps "\r\n" apart from "\n", and a patch must restore both exactly.
 */
public final class UnifiedDiff {

    private UnifiedDiff() {}

    /**
     * The diff from {@code before} to {@code after} of the file at {@code relativePath} (relative
     * to the repository root; '\' is written as '/'), with {@code context} unchanged lines around
     * each change, or "" when the texts are equal. Every line of the result ends in '\n'.
     */
    public static String of(String relativePath, String before, String after, int context) {
        if (context < 0) {
            throw new IllegalArgumentException("context " + context + " is negative");
        }
        if (before.equals(after)) {
            return "";
        }
        String path = relativePath.replace('\\', '/');
        List<String> oldLines = Lines.withTerminators(before);
        List<String> newLines = Lines.withTerminators(after);
        StringBuilder out = new StringBuilder()
                .append("diff --git a/").append(path).append(" b/").append(path).append('\n')
                .append("--- a/").append(path).append('\n')
                .append("+++ b/").append(path).append('\n');
        for (Hunk hunk : Hunk.group(DiffUtils.diff(oldLines, newLines).getDeltas(), oldLines.size(), context)) {
            hunk.appendTo(out, oldLines);
        }
        return out.toString();
    }
}
