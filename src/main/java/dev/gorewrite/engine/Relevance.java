package dev.gorewrite.engine;

import dev.gorewrite.golang.antlr.GoLexer;
import dev.gorewrite.pattern.Pattern;
import dev.gorewrite.pattern.PatternElement;
import dev.gorewrite.recipe.Anchor;
import dev.gorewrite.recipe.Check;
import dev.gorewrite.recipe.EditKind;
import dev.gorewrite.recipe.EditStep;
import dev.gorewrite.recipe.Recipe;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The prefilter: a byte scan that tells when a recipe certainly leaves a file alone, so the file
 * is neither lexed nor parsed. Every pattern needs its longest literal name to match, and every
 * comment anchor its text; when a file has none of the bytes an edit or check needs, the outcome
 * is known without parsing: a deletion is already applied, an optional edit is not applicable,
 * an `absent` check holds. A required edit or a check that needs something present would fail
 * on such a file, so a recipe with one of those is never skipped (the file is flagged instead).
 */
public final class Relevance {
    /** Per edit and check, the byte strings one of which must occur for it to do anything; null: always. */
    private final List<byte[][]> needs;
    private final boolean alwaysRelevant;

    private Relevance(List<byte[][]> needs, boolean alwaysRelevant) {
        this.needs = needs;
        this.alwaysRelevant = alwaysRelevant;
    }

    public static Relevance of(Recipe recipe) {
        List<byte[][]> needs = new ArrayList<>();
        for (EditStep step : recipe.edits()) {
            Optional<byte[][]> need = needOf(step);
            if (need.isEmpty()) {
                return new Relevance(List.of(), true);
            }
            needs.add(need.get());
        }
        for (Check check : recipe.checks()) {
            if (check.onlyIfChanged()) {
                continue; // runs only where an edit changed the file, and no edit does on a skipped file
            }
            if (check.kind() != Check.Kind.ABSENT) {
                return new Relevance(List.of(), true);
            }
            Optional<byte[]> signal = signal(check.target());
            if (signal.isEmpty()) {
                return new Relevance(List.of(), true);
            }
            needs.add(new byte[][] {signal.get()});
        }
        return new Relevance(needs, false);
    }

    /** False only when the recipe certainly changes nothing in a file with these bytes and flags nothing. */
    public boolean mayAffect(byte[] bytes) {
        if (alwaysRelevant) {
            return true;
        }
        for (byte[][] anyOf : needs) {
            for (byte[] signal : anyOf) {
                if (contains(bytes, signal)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The byte strings whose absence tells, for each kind, that its patterns match nowhere. */
    private static final EditKind.Cases<List<Optional<byte[]>>> SIGNALS = new EditKind.Cases<>() {
        @Override
        public List<Optional<byte[]>> replace(EditKind.Replace r) {
            return List.of(signal(r.from()), signal(r.to()));
        }

        @Override
        public List<Optional<byte[]>> insert(EditKind.Insert i) {
            return List.of(signal(i.anchor()));
        }

        @Override
        public List<Optional<byte[]>> delete(EditKind.Delete d) {
            return List.of(signal(d.code()));
        }

        @Override
        public List<Optional<byte[]>> deleteSection(EditKind.DeleteSection s) {
            return List.of(signal(s.from()), signal(s.through()));
        }

        @Override
        public List<Optional<byte[]>> deleteDeclaration(EditKind.DeleteDeclaration d) {
            return List.of(Optional.of(d.name().getBytes(StandardCharsets.UTF_8)));
        }
    };

    /** What must occur for a step to do anything, if its outcome without it is harmless. */
    private static Optional<byte[][]> needOf(EditStep step) {
        EditKind kind = step.kind();
        // A deletion that finds nothing is `absent`, harmless; with a `within` anchor missing it would be drifted.
        boolean harmlessWhenAbsent = step.optional() || step.everyMatch() || !step.within().hasAnchors() && kind.deletes();
        if (!harmlessWhenAbsent) {
            return Optional.empty();
        }
        List<Optional<byte[]>> signals = new ArrayList<>();
        // An anchor of `within` found twice is an error even for an optional edit: a file with it is looked at.
        step.within().from().ifPresent(a -> signals.add(signal(a)));
        step.within().to().ifPresent(a -> signals.add(signal(a)));
        signals.addAll(kind.accept(SIGNALS));
        if (signals.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(signals.stream().map(Optional::get).toArray(byte[][]::new));
    }

    private static Optional<byte[]> signal(Anchor anchor) {
        if (anchor instanceof Anchor.Comment c) {
            return Optional.of(c.text().getBytes(StandardCharsets.UTF_8));
        }
        return signal(((Anchor.Code) anchor).pattern());
    }

    /** The pattern's longest literal name: any match has it as a whole token. */
    private static Optional<byte[]> signal(Pattern pattern) {
        String longest = null;
        for (PatternElement e : pattern.elements()) {
            if (e instanceof PatternElement.Literal l && l.type() == GoLexer.IDENTIFIER
                    && (longest == null || l.text().length() > longest.length())) {
                longest = l.text();
            }
        }
        return Optional.ofNullable(longest).map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        if (needle.length == 0) {
            return true;
        }
        byte first = needle[0];
        int last = haystack.length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (haystack[i] != first) {
                continue;
            }
            for (int k = 1; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
