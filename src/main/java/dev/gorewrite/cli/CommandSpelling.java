package dev.gorewrite.cli;

import java.util.Collection;
import java.util.Optional;

/**
 * The command a mistyped one was meant to be. Only a close name is suggested: one edit away (a
 * letter added, dropped, changed, or two neighbours swapped, as in `rnu`), two for names of six
 * letters or more. A word that is merely similar to some command (`test`, `rm`) gets no
 * suggestion: a wrong one would run something else.
 */
final class CommandSpelling {
    private CommandSpelling() {}

    static Optional<String> nearest(String word, Collection<String> commands) {
        int allowed = word.length() >= 6 ? 2 : 1;
        String best = null;
        int bestDistance = allowed + 1;
        for (String command : commands) {
            int distance = distance(word, command);
            if (distance < bestDistance) {
                best = command;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance where swapping two neighbouring letters also counts one (optimal string alignment). */
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
