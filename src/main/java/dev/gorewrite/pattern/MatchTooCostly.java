package dev.gorewrite.pattern;

/**
 * A search that took more steps than {@link Matcher#BUDGET}: the file it ran on is given up
 * with this message, and the other files go on.
 */
public final class MatchTooCostly extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MatchTooCostly(Pattern pattern) {
        super("matching took too long (pattern `" + firstLine(pattern) + "`)", null, false, false);
    }

    private static String firstLine(Pattern pattern) {
        String text = pattern.toString();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip() + " …";
    }
}
