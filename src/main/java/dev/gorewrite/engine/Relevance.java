package dev.gorewrite.engine;

import dev.gorewrite.pattern.Pattern;
import dev.gorewrite.recipe.Anchor;
import dev.gorewrite.recipe.Check;
import dev.gorewrite.recipe.EditKind;
import dev.gorewrite.recipe.EditStep;
import dev.gorewrite.recipe.Recipe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The prefilter: a byte scan that tells when a recipe certainly leaves a file alone, so the file
 * is neither lexed nor parsed. Every pattern needs each of its runs of fixed tokens to match (see
 * {@link FixedRun}: `.V(0).Info(`, with space or comments between the tokens), and every comment
 * anchor its text; when a file lacks what each of an edit's
 * or check's patterns needs, the outcome
 * is known without parsing: a deletion is already applied, an optional edit is not applicable,
 * an `absent` check holds. A required edit or a check that needs something present would fail
 * on such a file, so a recipe with one of those is never skipped (the file is flagged instead).
 */
public final class Relevance {
    /** Runs of bytes that must all occur in a file for one pattern or anchor to be found there. */
    private record Signal(List<FixedRun> allOf) {
        Signal {
            allOf = List.copyOf(allOf);
        }

        static Signal of(String text) {
            return new Signal(List.of(FixedRun.text(text)));
        }

        boolean in(byte[] file) {
            for (FixedRun run : allOf) {
                if (!run.in(file)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Per edit and check, the signals one of which must be in a file for it to do anything. */
    private final List<Signal[]> needs;
    private final boolean alwaysRelevant;

    private Relevance(List<Signal[]> needs, boolean alwaysRelevant) {
        this.needs = needs;
        this.alwaysRelevant = alwaysRelevant;
    }

    public static Relevance of(Recipe recipe) {
        List<Signal[]> needs = new ArrayList<>();
        for (EditStep step : recipe.edits()) {
            Optional<Signal[]> need = needOf(step);
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
            Optional<Signal> signal = signal(check.target());
            if (signal.isEmpty()) {
                return new Relevance(List.of(), true);
            }
            needs.add(new Signal[] {signal.get()});
        }
        return new Relevance(needs, false);
    }

    /** False only when the recipe certainly changes nothing in a file with these bytes and flags nothing. */
    public boolean mayAffect(byte[] bytes) {
        if (alwaysRelevant) {
            return true;
        }
        for (Signal[] anyOf : needs) {
            for (Signal signal : anyOf) {
                if (signal.in(bytes)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The signals whose absence tells, for each kind, that its patterns match nowhere; the one it looks for first. */
    private static final EditKind.Cases<List<Optional<Signal>>> SIGNALS = new EditKind.Cases<>() {
        @Override
        public List<Optional<Signal>> replace(EditKind.Replace r) {
            return List.of(signal(r.from()), signal(r.to()));
        }

        @Override
        public List<Optional<Signal>> insert(EditKind.Insert i) {
            return List.of(signal(i.anchor()));
        }

        @Override
        public List<Optional<Signal>> delete(EditKind.Delete d) {
            return List.of(signal(d.code()));
        }

        @Override
        public List<Optional<Signal>> deleteSection(EditKind.DeleteSection s) {
            return List.of(signal(s.from()), signal(s.through()));
        }

        @Override
        public List<Optional<Signal>> deleteDeclaration(EditKind.DeleteDeclaration d) {
            return List.of(Optional.of(Signal.of(d.name())));
        }
    };

    /** What must occur for a step to do anything, if its outcome without it is harmless. */
    private static Optional<Signal[]> needOf(EditStep step) {
        EditKind kind = step.kind();
        // A deletion that finds nothing is `absent`, harmless; with a `within` anchor missing it would be drifted.
        boolean harmlessWhenAbsent = step.optional() || step.everyMatch() || !step.within().hasAnchors() && kind.deletes();
        if (!harmlessWhenAbsent) {
            return Optional.empty();
        }
        List<Optional<Signal>> signals = new ArrayList<>();
        // An anchor of `within` found twice is an error even for an optional edit: a file with it is looked at.
        step.within().from().ifPresent(a -> signals.add(signal(a)));
        step.within().to().ifPresent(a -> signals.add(signal(a)));
        List<Optional<Signal>> own = kind.accept(SIGNALS);
        // An every-match edit never looks for its result (no already-applied): only its first pattern counts.
        signals.addAll(step.everyMatch() ? own.subList(0, 1) : own);
        if (signals.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(signals.stream().map(Optional::get).toArray(Signal[]::new));
    }

    private static Optional<Signal> signal(Anchor anchor) {
        if (anchor instanceof Anchor.Comment c) {
            return Optional.of(Signal.of(c.text()));
        }
        return signal(((Anchor.Code) anchor).pattern());
    }

    /**
     * The pattern's fixed token runs (see {@link FixedRun}), longest first: any match has each of
     * them in the file, names included, since a structural match pairs every token of the pattern
     * with the same token in the file.
     */
    private static Optional<Signal> signal(Pattern pattern) {
        List<FixedRun> runs = new ArrayList<>(FixedRun.of(pattern.elements()));
        runs.sort(Comparator.comparingInt(FixedRun::length).reversed());
        return runs.isEmpty() ? Optional.empty() : Optional.of(new Signal(runs));
    }
}
