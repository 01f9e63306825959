package dev.gorewrite.guide;

/** Text whose bytes were lost in transit holds U+FFFD where they were; what could it have been? */
final class Damage {
    static final char LOST = '\uFFFD';

    private Damage() {
    }

    static boolean in(String text) {
        return text.indexOf(LOST) >= 0;
    }

    /** Whether {@code clean} could be {@code damaged} before the damage (as {@link CodeToken#fits}). */
    static boolean fits(String damaged, String clean) {
        if (!in(damaged)) {
            return damaged.equals(clean);
        }
        return new CodeToken(damaged).fits(new CodeToken(clean.isEmpty() ? " " : clean));
    }
}
