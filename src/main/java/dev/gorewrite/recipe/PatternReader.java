package dev.gorewrite.recipe;

import dev.gorewrite.pattern.Pattern;
import dev.gorewrite.pattern.PatternException;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Compiles the Go code of a recipe field, placing lex errors on the recipe file's own lines. */
final class PatternReader {
    private PatternReader() {
    }

    /**
     * The pattern written at {@code node}; empty after a problem. {@code needsCode} refuses a
     * pattern of only comments and blanks, which would match everywhere.
     */
    static Optional<Pattern> read(Node node, String path, Problems problems, boolean needsCode) {
        if (!(node instanceof ScalarNode scalar) || YamlValues.isNull(node)) {
            problems.add(node, path, "expected Go code (a string, usually a block `|`), found "
                    + YamlValues.describe(node));
            return Optional.empty();
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(scalar.getValue());
        } catch (PatternException e) {
            problems.add(fileLine(scalar, e.line()), path, (e.isSyntax() ? "is not a pattern: at" : "does not lex at")
                    + " pattern line " + e.line()
                    + ", column " + e.column() + ": " + e.getMessage());
            return Optional.empty();
        }
        if (needsCode && pattern.isEmpty()) {
            problems.add(node, path, "pattern has no Go code");
            return Optional.empty();
        }
        if (needsCode && pattern.matchesAnything()) {
            problems.add(node, path, "pattern has no code of its own besides metavariables and wildcards, so it would"
                    + " match anything");
            return Optional.empty();
        }
        return Optional.of(pattern);
    }

    /**
     * The file line of line {@code patternLine} of the scalar's text. A block scalar's text starts
     * on the line after its `|` or `>`; a plain or quoted one starts on its own line (and is
     * exact only for its first line, since YAML folds the rest).
     */
    static int fileLine(ScalarNode scalar, int patternLine) {
        boolean block = scalar.getScalarStyle() == ScalarStyle.LITERAL
                || scalar.getScalarStyle() == ScalarStyle.FOLDED;
        return YamlValues.line(scalar) + (block ? 1 : 0) + Math.max(patternLine, 1) - 1;
    }

    /** The file line where {@code metavariable} is first written in the pattern at {@code node}. */
    static int lineOfMetavariable(Node node, String metavariable) {
        if (!(node instanceof ScalarNode scalar)) {
            return YamlValues.line(node);
        }
        java.util.regex.Matcher found = java.util.regex.Pattern
                .compile(java.util.regex.Pattern.quote(metavariable) + "(?![\\p{L}\\p{Nd}_])")
                .matcher(scalar.getValue());
        if (!found.find()) {
            return fileLine(scalar, 1);
        }
        int patternLine = 1 + (int) scalar.getValue().substring(0, found.start()).chars().filter(c -> c == '\n').count();
        return fileLine(scalar, patternLine);
    }
}
