package dev.gorewrite.engine;

import dev.gorewrite.edit.Indentation;
import dev.gorewrite.pattern.Pattern;
import dev.gorewrite.pattern.PatternException;
import java.util.Map;

/**
 * Turns a recipe's code block into text for one place in one file: the file's indentation (tabs,
 * as gofmt writes) and line ending, and each `$NAME` replaced by the code it matched.
 */
final class CodeRenderer {
    private CodeRenderer() {}

    /** Lines of {@code template} at {@code indent}, each ending with {@code newline}. */
    static String lines(Pattern template, Map<String, String> bindings, String indent, String newline) {
        String fitted = Indentation.fit(template.source().strip() + "\n", indent, newline, !indent.contains(" "));
        String body = substitute(fitted, bindings);
        return body.endsWith(newline) ? body : body + newline;
    }

    /** Like {@link #lines} but for a span that starts after the indentation and ends mid-line. */
    static String inline(Pattern template, Map<String, String> bindings, String indent, String newline) {
        String text = lines(template, bindings, indent, newline);
        return text.substring(indent.length(), text.length() - newline.length());
    }

    private static String substitute(String fitted, Map<String, String> bindings) {
        if (bindings.isEmpty()) {
            return fitted;
        }
        try {
            return Pattern.template(fitted).substitute(bindings);
        } catch (PatternException e) {
            // The template compiled when the recipe loaded; indentation cannot break its tokens.
            throw new IllegalStateException("template stopped lexing after indentation: " + e.getMessage(), e);
        }
    }
}
