package dev.gorewrite.imports;

import dev.gorewrite.edit.Edit;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.recipe.Recipe;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quick guess, from a recipe's text changes alone, whether its imports will change: whether the
 * new text brings a name used as `name.` nowhere in the file before, nor imported, or takes away
 * every `name.` of an imported name. The guess only decides how the engine does the work (read the imports from a lex of the
 * edited text and parse once, or parse the edited text first): both ways give the same result.
 */
public final class ImportForecast {
    /** A name that starts a selector, as far as plain text tells (`os` in `os.Args`). */
    private static final Pattern HEAD = Pattern.compile("(?<![\\w.])([\\p{L}_][\\p{L}\\p{N}_]*)\\s*\\.(?!\\.)");

    private ImportForecast() {}

    public static boolean likelyChanged(GoFile before, List<Edit> changes, Recipe recipe) {
        if (!recipe.imports().add().isEmpty() || !recipe.imports().remove().isEmpty()) {
            return true;
        }
        Set<String> imported = new HashSet<>();
        FileImports.of(before).specs().forEach(s -> s.usedAs().ifPresent(imported::add));
        Set<String> brought = new HashSet<>();
        changes.forEach(e -> brought.addAll(heads(e.text())));
        String text = before.text();
        return brought.stream().anyMatch(n -> !imported.contains(n) && !text.contains(n + "."))
                || imported.stream().anyMatch(n -> allTakenAway(text, changes, n));
    }

    /** Whether the changes remove every `name.` of the text and bring none. */
    private static boolean allTakenAway(String text, List<Edit> changes, String name) {
        int removed = 0;
        for (Edit e : changes) {
            if (count(e.text(), name + ".") > 0) {
                return false;
            }
            removed += count(text.substring(e.start(), e.end()), name + ".");
        }
        return removed > 0 && removed == count(text, name + ".");
    }

    private static Set<String> heads(String code) {
        Set<String> heads = new HashSet<>();
        for (Matcher m = HEAD.matcher(code); m.find(); ) {
            heads.add(m.group(1));
        }
        return heads;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
