package dev.gorewrite.guide;

import java.util.Objects;

/**
 * One Go token of a guide's code block (comments and layout excluded: they never decide a match).
 * A token whose bytes were lost in transit holds U+FFFD where they were.
 */
public record CodeToken(String text) {
    static final char LOST = '\uFFFD';

    public CodeToken {
        if (Objects.requireNonNull(text, "text").isEmpty()) {
            throw new IllegalArgumentException("empty token");
        }
    }

    public boolean damaged() {
        return text.indexOf(LOST) >= 0;
    }

    /**
     * Whether {@code clean} could be this token before damage: equal, or equal around the lost
     * parts (each U+FFFD run stands for some characters that are not plain ASCII).
     */
    public boolean fits(CodeToken clean) {
        if (!damaged()) {
            return text.equals(clean.text);
        }
        StringBuilder pattern = new StringBuilder("\\Q");
        for (char c : text.toCharArray()) {
            pattern.append(c == LOST ? "\\E[^\\x00-\\x7F]*\\Q" : String.valueOf(c));
        }
        return clean.text.matches(pattern.append("\\E").toString());
    }
}
