package dev.gorewrite.cli;

import dev.gorewrite.engine.CheckOutcome;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Problem;
import dev.gorewrite.engine.Rewriter;
import dev.gorewrite.engine.SafeWriter;
import dev.gorewrite.golang.Utf8;
import dev.gorewrite.recipe.Recipe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the hunks of one file that a review accepted, with the rules of --apply: the file gets
 * its original text plus only those hunks, and is written only if that still parses and passes
 * the checks of the recipes that changed it (a subset of a migration can break what the whole
 * keeps, e.g. a variable used by an accepted hunk and declared by a rejected one).
 */
final class AcceptedHunks {
    /** What became of one reviewed file; {@code reason} says why it was not written. */
    record Verdict(String path, Kind kind, String reason) {
        enum Kind { WRITTEN, SKIPPED, REFUSED }

        Verdict {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
            if (kind == Kind.REFUSED == reason.isEmpty()) {
                throw new IllegalArgumentException(path + ": a refusal, and only a refusal, has a reason");
            }
        }
    }

    private AcceptedHunks() {}

    /** Writes {@code accepted} hunks of {@code file} under {@code folder}; a file with none is left alone. */
    static Verdict settle(ReviewedFile file, Set<Integer> accepted, List<Recipe> recipes, Path folder) {
        String path = file.path();
        if (accepted.isEmpty()) {
            return new Verdict(path, Verdict.Kind.SKIPPED, "");
        }
        byte[] bytes = Utf8.encode(file.diff().with(accepted));
        Optional<String> broken = broken(path, bytes, recipesOf(file.outcome(), recipes))
                .or(() -> SafeWriter.write(folder, folder.resolve(path), file.outcome().before(), bytes));
        return broken.map(why -> new Verdict(path, Verdict.Kind.REFUSED, why))
                .orElseGet(() -> new Verdict(path, Verdict.Kind.WRITTEN, ""));
    }

    /** Why {@code bytes} must not be written: they do not parse, or a check fails on them. */
    static Optional<String> broken(String path, byte[] bytes, List<Recipe> recipes) {
        FileOutcome checked = Rewriter.check(path, bytes, recipes);
        if (!checked.problems().isEmpty()) {
            Problem first = checked.problems().get(0);
            String what = first.kind() == Problem.Kind.SYNTAX ? "do not parse" : "cannot be checked";
            return Optional.of("the accepted hunks " + what + ": " + placed(first));
        }
        // Each failed check once, by its first failure: enough to see what the subset broke.
        Map<String, String> failed = new LinkedHashMap<>();
        for (CheckOutcome c : checked.checks()) {
            if (!c.passed()) {
                failed.putIfAbsent(c.id(), c.id() + ": " + c.message());
            }
        }
        return failed.isEmpty() ? Optional.empty()
                : Optional.of("the accepted hunks fail check " + String.join("; check ", failed.values()));
    }

    /** The problem's place in the file (as "line:column: ") and message, without the path. */
    private static String placed(Problem p) {
        return (p.line() > 0 ? p.line() + (p.column() > 0 ? ":" + p.column() : "") + ": " : "") + p.message();
    }

    /** The recipes that edited or checked the file: the others' globs do not take it. */
    private static List<Recipe> recipesOf(FileOutcome outcome, List<Recipe> recipes) {
        List<String> ids = new ArrayList<>();
        outcome.edits().forEach(e -> ids.add(e.recipeId()));
        outcome.checks().forEach(c -> ids.add(c.recipeId()));
        return recipes.stream().filter(r -> ids.contains(r.id())).toList();
    }
}
