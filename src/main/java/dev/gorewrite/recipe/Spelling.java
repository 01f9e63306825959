package dev.gorewrite.recipe;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the word a misspelt one was meant to be, for "did you mean" hints (a recipe's keys, the
 * commands). Distance is Levenshtein's where swapping two neighbouring letters also counts one
 * (optimal string alignment), so `rnu` is one edit from `run`.
 */
public final class Spelling {
    private static final int MAX_DISTANCE = 2;

    private Spelling() {
    }

    /** The candidate nearest to {@code word} if it is at most two edits away; the first one on a tie. */
    static Optional<String> nearest(String word, Collection<String> candidates) {
        return nearest(word, candidates, MAX_DISTANCE);
    }

    /** The candidate nearest to {@code word} if it is at most {@code allowed} edits away; the first one on a tie. */
    public static Optional<String> nearest(String word, Collection<String> candidates, int allowed) {
        String best = null;
        int bestDistance = allowed + 1;
        for (String candidate : candidates) {
            int distance = distance(word, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = step(a, b, d, i, j);
            }
        }
        return d[a.length()][b.length()];
    }

    private static int step(String a, String b, int[][] d, int i, int j) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        boolean swapped = i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1);
        return swapped ? Math.min(best, d[i - 2][j - 2] + 1) : best;
    }
}
