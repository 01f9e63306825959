package dev.gorewrite.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A guide block's code made ready for a recipe: dedented, lines with lost bytes restored from
 * ROOT's file where exactly one line of it fits, and elision lines turned into the pattern's
 * wildcards. {@code lost} counts the damaged lines nothing restored.
 */
record BlockCode(String code, int lost) {
    /** The block's text with damaged lines restored where ROOT's file has the one line they stood for. */
    static BlockCode of(Block block, Optional<RootFile> root) {
        List<String> out = new ArrayList<>();
        int lost = 0;
        for (String line : GoText.dedent(block.code()).lines().toList()) {
            Optional<String> clean = Damage.in(line) ? root.flatMap(r -> r.lineFitting(line)) : Optional.of(line.strip());
            if (clean.isEmpty()) {
                lost++;
            }
            out.add(clean.map(c -> line.substring(0, line.indexOf(line.strip())) + c).orElse(line));
        }
        return new BlockCode(String.join("\n", out) + "\n", lost);
    }

    /** Whether a line that lost bytes is code, not a comment (a comment never decides a match). */
    boolean codeDamaged() {
        return code.lines().anyMatch(l -> Damage.in(l) && !GoText.comment(l));
    }

    boolean elided() {
        return GoText.hasElision(code);
    }

    /**
     * The code as a pattern: each elision line a wildcard ({@code names} gives the named ones,
     * in order, "..." for the rest), damaged comment lines dropped, damaged literals `$_`.
     */
    String pattern(List<String> names) {
        return pattern(names, false);
    }

    /** As {@link #pattern(List)}; new code ({@code keepComments}) keeps its damaged comment lines as they are. */
    String pattern(List<String> names, boolean keepComments) {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String line : code.lines().toList()) {
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            if (GoText.elision(line)) {
                out.add(indent + (n < names.size() ? names.get(n) : "..."));
                n++;
            } else if (!Damage.in(line) || !GoText.comment(line) || keepComments) {
                out.add(Damage.in(line) && !GoText.comment(line) ? line.replaceAll("\"[^\"\\n]*\uFFFD[^\"\\n]*\"", "\\$_") : line);
            }
        }
        return String.join("\n", out) + "\n";
    }

    int elisions() {
        return (int) code.lines().filter(GoText::elision).count();
    }
}
