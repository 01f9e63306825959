package dev.gorewrite.golang;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * ANTLR's view of a file's text (a token's {@code getText()} and {@code getInputStream()} read
 * it), for a text without surrogate pairs, where a char is a code point and the String itself
 * can serve: {@code CharStreams.fromString} would copy it twice (into a char buffer, then into
 * an array of code points). At every position within the text it answers every method as ANTLR's
 * stream over the same text does.
 */
final class StringCharStream implements CharStream {
    private final String text;
    private final String name;
    private int position;

    /** {@code text} must hold no surrogate pair (lone surrogates are fine: each is one code point). */
    StringCharStream(String text, String name) {
        this.text = text;
        this.name = name == null || name.isEmpty() ? UNKNOWN_SOURCE_NAME : name;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.min(interval.a, text.length());
        int length = Math.min(interval.b - interval.a + 1, text.length() - start);
        return text.substring(start, start + length);
    }

    @Override
    public void consume() {
        if (position == text.length()) {
            throw new IllegalStateException("cannot consume EOF");
        }
        position++;
    }

    /** The code point {@code i} ahead (1 is the next one) or behind (-1 the last consumed); 0 is undefined. */
    @Override
    public int LA(int i) {
        if (i == 0) {
            return 0;
        }
        int at = i < 0 ? position + i : position + i - 1;
        return at < 0 || at >= text.length() ? IntStream.EOF : text.charAt(at);
    }

    @Override
    public int mark() {
        return -1; // the whole text is at hand
    }

    @Override
    public void release(int marker) {
        // nothing was marked
    }

    @Override
    public int index() {
        return position;
    }

    @Override
    public void seek(int index) {
        position = index;
    }

    @Override
    public int size() {
        return text.length();
    }

    @Override
    public String getSourceName() {
        return name;
    }

    @Override
    public String toString() {
        return text;
    }
}
