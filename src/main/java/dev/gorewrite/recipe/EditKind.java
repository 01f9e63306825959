package dev.gorewrite.recipe;

import dev.gorewrite.pattern.Pattern;
import java.util.Objects;

/**
 * What an edit does. Every kind knows how to recognise its own result, for idempotent re-runs.
 * Java 17 has no pattern {@code switch}; code that treats every kind differently goes through
 * {@link #accept}, so a new kind does not compile until every such place handles it.
 */
public sealed interface EditKind {
    /** One method per kind: what a consumer does with each. */
    interface Cases<R> {
        R replace(Replace r);

        R insert(Insert i);

        R delete(Delete d);

        R deleteSection(DeleteSection s);

        R deleteDeclaration(DeleteDeclaration d);
    }

    <R> R accept(Cases<R> cases);

    /** The key that names the kind in a recipe file (recipes/FORMAT.md). */
    String key();

    /** Only a replacement or a deletion may be made at every match; an insert or a section happens once. */
    default boolean takesEveryMatch() {
        return false;
    }

    /** Whether it removes code, so that finding nothing to remove is harmless (`absent`). */
    default boolean deletes() {
        return false;
    }

    /** The metavariables the kind's own pattern binds, which `where` may constrain. */
    default java.util.Set<String> binds() {
        return java.util.Set.of();
    }

    /** Replace the code matching {@code from} by {@code to}; `$X` in {@code to} takes what it matched in {@code from}. */
    record Replace(Pattern from, Pattern to) implements EditKind {
        public Replace {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.replace(this);
        }

        @Override
        public String key() {
            return "replace";
        }

        @Override
        public boolean takesEveryMatch() {
            return true;
        }

        @Override
        public java.util.Set<String> binds() {
            return from.metavariables();
        }
    }

    /** Insert {@code code} on its own lines before or after an anchor, set off by a blank line if {@code separate}. */
    record Insert(Placement placement, Anchor anchor, Pattern code, boolean separate) implements EditKind {
        public enum Placement { BEFORE, AFTER }

        public Insert {
            Objects.requireNonNull(placement, "placement");
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(code, "code");
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.insert(this);
        }

        @Override
        public String key() {
            return "insert";
        }

        @Override
        public java.util.Set<String> binds() {
            return anchor instanceof Anchor.Code c ? c.pattern().metavariables() : java.util.Set.of();
        }
    }

    /** Delete the lines of the code matching {@code code}, with the comment right above it. */
    record Delete(Pattern code) implements EditKind {
        public Delete {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.delete(this);
        }

        @Override
        public String key() {
            return "delete";
        }

        @Override
        public boolean deletes() {
            return true;
        }

        @Override
        public boolean takesEveryMatch() {
            return true;
        }

        @Override
        public java.util.Set<String> binds() {
            return code.metavariables();
        }
    }

    /** Delete whole lines from the {@code from} anchor through the first match of {@code through} after it. */
    record DeleteSection(Anchor from, Pattern through) implements EditKind {
        public DeleteSection {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(through, "through");
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.deleteSection(this);
        }

        @Override
        public String key() {
            return "delete-section";
        }

        @Override
        public boolean deletes() {
            return true;
        }

        @Override
        public java.util.Set<String> binds() {
            return through.metavariables();
        }
    }

    /** Delete a top-level function, method, type, var or const declaration by name, with its doc comment. */
    record DeleteDeclaration(String name) implements EditKind {
        public DeleteDeclaration {
            if (name == null || !name.matches("[\\p{L}_][\\p{L}\\p{Nd}_]*")) {
                throw new IllegalArgumentException("not a Go name: " + name);
            }
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.deleteDeclaration(this);
        }

        @Override
        public String key() {
            return "delete-declaration";
        }

        @Override
        public boolean deletes() {
            return true;
        }
    }
}
