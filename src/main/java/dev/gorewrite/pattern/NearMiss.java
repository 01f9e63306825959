package dev.gorewrite.pattern;

/**
 * The place that came closest to matching a pattern that matched nowhere: where that candidate
 * starts, how many of the pattern's steps it got through, and the first step that differed.
 */
public record NearMiss(int line, int column, int matchedSteps, int line2, int column2, String expected, String found) {
    public String describe(String path) {
        return "nearest candidate " + path + ":" + line + ":" + column + " differs at " + line2 + ":" + column2
                + ": expected " + expected + ", found " + found;
    }
}
