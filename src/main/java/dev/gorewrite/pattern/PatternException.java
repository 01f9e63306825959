package dev.gorewrite.pattern;

/** A pattern that is not Go; line and column are 1-based within the pattern's own text. */
public final class PatternException extends Exception {
    private final int line;
    private final int column;
    private final boolean syntax;

    public PatternException(String message, int line, int column) {
        this(message, line, column, false);
    }

    /** {@code syntax}: the tokens are fine, but they are no Go code of one kind. */
    PatternException(String message, int line, int column, boolean syntax) {
        super(message);
        this.line = line;
        this.column = column;
        this.syntax = syntax;
    }

    public boolean isSyntax() {
        return syntax;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
