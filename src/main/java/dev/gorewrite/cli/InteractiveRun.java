package dev.gorewrite.cli;

import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.recipe.Recipe;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * `run --interactive`: the dry run's hunks are reviewed one by one ({@link InteractiveReview}),
 * then the accepted ones are written ({@link AcceptedHunks}). Hunks, prompts and results go to
 * stderr; stdout stays empty. Answers are read from stdin whatever it is, as `git add -p` does,
 * so they may also be piped in.
 */
final class InteractiveRun {
    private InteractiveRun() {}

    /** Why -i cannot go with the other options given, if it cannot. */
    static Optional<String> misuse(boolean apply, boolean json, boolean branch, boolean exitCode, boolean quiet) {
        List<String> others = new ArrayList<>();
        addIf(others, apply, "--apply (-i writes the accepted hunks itself)");
        addIf(others, json, "--json (-i asks on the terminal)");
        addIf(others, branch, "--branch (-i writes to the files on disk)");
        addIf(others, exitCode, "--exit-code (-i writes what it accepts; nothing is left pending to report)");
        addIf(others, quiet, "--quiet (-i has to show each hunk)");
        return others.isEmpty() ? Optional.empty()
                : Optional.of("--interactive excludes " + String.join(", ", others));
    }

    private static void addIf(List<String> list, boolean given, String option) {
        if (given) {
            list.add(option);
        }
    }

    /** Reviews the changed files of {@code outcomes}, writes the accepted hunks; the exit code. */
    static int call(List<FileOutcome> outcomes, List<Recipe> recipes, Path folder, int context, InputStream in,
            PrintStream err) {
        BufferedReader answers = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<ReviewedFile> files = new ArrayList<>();
        outcomes.stream().filter(f -> f.status() == FileOutcome.Status.CHANGED)
                .forEach(f -> files.add(ReviewedFile.of(f, context)));
        List<Set<Integer>> accepted = new InteractiveReview(answers, err).review(files);
        List<AcceptedHunks.Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            verdicts.add(AcceptedHunks.settle(files.get(i), accepted.get(i), recipes, folder));
        }
        return report(outcomes, verdicts, err);
    }

    /** Every refusal and migration problem, then the count; 3 if a file was refused or failed. */
    private static int report(List<FileOutcome> outcomes, List<AcceptedHunks.Verdict> verdicts, PrintStream err) {
        Map<AcceptedHunks.Verdict.Kind, Integer> count = new EnumMap<>(AcceptedHunks.Verdict.Kind.class);
        for (AcceptedHunks.Verdict v : verdicts) {
            count.merge(v.kind(), 1, Integer::sum);
            if (v.kind() == AcceptedHunks.Verdict.Kind.REFUSED) {
                err.println(v.path() + ": not written: " + v.reason());
            }
        }
        long failed = outcomes.stream().filter(f -> f.status() == FileOutcome.Status.FAILED).count();
        outcomes.forEach(f -> f.problems().forEach(err::println));
        err.println(summary(verdicts.size(), count, failed));
        boolean refused = count.containsKey(AcceptedHunks.Verdict.Kind.REFUSED);
        return refused || failed > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** "3 files reviewed: 1 written, 1 skipped, 1 refused; 0 could not be migrated". */
    private static String summary(int reviewed, Map<AcceptedHunks.Verdict.Kind, Integer> count, long failed) {
        return reviewed + " files reviewed: " + count.getOrDefault(AcceptedHunks.Verdict.Kind.WRITTEN, 0)
                + " written, " + count.getOrDefault(AcceptedHunks.Verdict.Kind.SKIPPED, 0) + " skipped, "
                + count.getOrDefault(AcceptedHunks.Verdict.Kind.REFUSED, 0) + " refused; " + failed
                + " could not be migrated";
    }
}
