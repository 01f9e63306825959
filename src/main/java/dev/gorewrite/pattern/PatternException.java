package dev.gorewrite.pattern;

/** A pattern that is not Go; line and column are 1-based within the pattern's own text. */
public final class PatternException extends Exception {
    private final int line;
    private final int column;

    public PatternException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
