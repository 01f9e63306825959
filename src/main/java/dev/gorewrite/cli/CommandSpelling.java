package dev.gorewrite.cli;

import dev.gorewrite.recipe.Spelling;
import java.util.Collection;
import java.util.Optional;

/**
 * The command a mistyped one was meant to be. Only a close name is suggested: one edit away (a
 * letter added, dropped, changed, or two neighbours swapped, as in `rnu`), two for names of six
 * letters or more. A word that is merely similar to some command (`rm`) gets no suggestion: a
 * wrong one would run something else.
 */
final class CommandSpelling {
    private CommandSpelling() {}

    static Optional<String> nearest(String word, Collection<String> commands) {
        return Spelling.nearest(word, commands, word.length() >= 6 ? 2 : 1);
    }
}
