package dev.gorewrite.report;

import com.github.difflib.DiffUtils;
import java.util.List;
import java.util.Set;

/**
 * One file's unified diff as hunks that can be taken or left one by one (`run --interactive`):
 * the hunks {@link UnifiedDiff} prints, which old lines each shows, and the text the file gets
 * from any subset of them.
 */
public final class HunkedDiff {
    private final String header;
    private final List<String> oldLines;
    private final List<Hunk> hunks;

    private HunkedDiff(String header, List<String> oldLines, List<Hunk> hunks) {
        this.header = header;
        this.oldLines = oldLines;
        this.hunks = hunks;
    }

    /**
     * The hunks from {@code before} to {@code after} of the file at {@code relativePath} (relative
     * to the repository root, folders joined by '/'; quoted as git quotes odd names), with {@code context} unchanged lines around
     * each change; none when the texts are equal.
     */
    public static HunkedDiff of(String relativePath, String before, String after, int context) {
        if (context < 0) {
            throw new IllegalArgumentException("context " + context + " is negative");
        }
        String a = GitPath.of("a/", relativePath);
        String b = GitPath.of("b/", relativePath);
        String header = "diff --git " + a + " " + b + "\n--- " + a + "\n+++ " + b + "\n";
        List<String> oldLines = Lines.withTerminators(before);
        List<String> newLines = Lines.withTerminators(after);
        return new HunkedDiff(header, oldLines,
                Hunk.group(DiffUtils.diff(oldLines, newLines).getDeltas(), oldLines.size(), context));
    }

    /**
     * The diff that creates the file at {@code relativePath} with {@code text}, as git writes it
     * (`new file mode 100644`, `--- /dev/null`), so that `git apply` creates the file.
     */
    public static HunkedDiff ofNewFile(String relativePath, String text) {
        String b = GitPath.of("b/", relativePath);
        String header = "diff --git " + GitPath.of("a/", relativePath) + " " + b + "\nnew file mode 100644\n"
                + "--- /dev/null\n+++ " + b + "\n";
        List<String> newLines = Lines.withTerminators(text);
        return new HunkedDiff(header, List.of(), Hunk.group(DiffUtils.diff(List.<String>of(), newLines).getDeltas(), 0, 0));
    }

    /** The `diff --git`, `---` and `+++` lines. */
    public String header() {
        return header;
    }

    public int size() {
        return hunks.size();
    }

    /** Hunk {@code i} (0-based) as the diff prints it: its {@code @@} line, then its lines. */
    public String hunk(int i) {
        StringBuilder out = new StringBuilder();
        hunks.get(i).appendTo(out, oldLines);
        return out.toString();
    }

    /** Whether hunk {@code i} shows the 1-based old {@code line}. */
    public boolean covers(int i, int line) {
        return hunks.get(i).covers(line);
    }

    /** The whole diff, header and every hunk; "" when there is no change. */
    public String text() {
        if (hunks.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(header);
        hunks.forEach(h -> h.appendTo(out, oldLines));
        return out.toString();
    }

    /** The old text with the changes of the {@code accepted} hunks (0-based indexes) only. */
    public String with(Set<Integer> accepted) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (int i = 0; i < hunks.size(); i++) {
            if (accepted.contains(i)) {
                line = hunks.get(i).applyTo(oldLines, line, out);
            }
        }
        oldLines.subList(line, oldLines.size()).forEach(out::append);
        return out.toString();
    }
}
