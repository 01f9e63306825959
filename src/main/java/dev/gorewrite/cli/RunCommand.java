package dev.gorewrite.cli;

import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Migration;
import dev.gorewrite.engine.SafeWriter;
import dev.gorewrite.golang.Utf8;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.report.JsonReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", mixinStandardHelpOptions = true, description = {
        "Apply the recipes to the Go files under ROOT.",
        "By default a dry run: a unified diff on stdout (paths relative to ROOT, for `git apply`), a status table on stderr.",
        "With --branch: one commit on a new branch of the git repository holding ROOT, optionally pushed."},
        footer = {"", "Exit: 0 done or nothing to do, 1 with --exit-code when changes are pending, 2 usage or recipe error,",
                "3 some file could not be migrated (it is left untouched; the others still are).",
                "With --branch: 2 not a repository, bare, detached or unborn HEAD without --base, or the branch checked out;",
                "3 a file failed (no branch is made), a target has uncommitted changes, the branch holds something else",
                "(without --force), or the push failed (the branch stays committed locally)."})
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    GorewriteCommand parent;

    @Mixin
    RecipeOptions recipes = new RecipeOptions();

    @Option(names = "--apply", description = "Rewrite the files in place (atomically) instead of printing a diff.")
    boolean apply;

    @Option(names = "--exit-code", description = "Exit 1 when a dry run finds changes to make.")
    boolean exitCode;

    @Option(names = "--json", description = "Print one JSON report (files, edits, statuses, checks, diffs) on stdout.")
    boolean json;

    @Mixin
    BranchOptions branch = new BranchOptions();

    @Parameters(arity = "0..1", paramLabel = "ROOT", description = "The tree to migrate (default: .).")
    Path root = Path.of(".");

    @Override
    public Integer call() throws IOException {
        PrintStream out = parent.out;
        PrintStream err = parent.err;
        Optional<String> misuse = misuse();
        if (misuse.isPresent()) {
            err.println(misuse.get());
            return ExitCodes.USAGE;
        }
        Optional<List<Recipe>> chosen = recipes.forRoot(root, err);
        if (chosen.isEmpty()) {
            return ExitCodes.USAGE;
        }
        List<Recipe> selected = chosen.get();
        if (branch.branch != null) {
            return new BranchRun(out, err, root, selected, recipes, branch).call();
        }
        List<FileOutcome> outcomes;
        try (ProgressLine progress = ProgressLine.start(err)) {
            outcomes = new ArrayList<>(Migration.run(root, selected, false, progress.progress()));
        }
        if (apply) {
            writeAll(outcomes);
        }
        if (json) {
            JsonReport.write(out, apply ? "apply" : "dry-run", outcomes, true);
        } else if (!apply) {
            for (FileOutcome f : outcomes) {
                out.write(Utf8.encode(JsonReport.diff(f)));
            }
            out.flush();
        }
        Terminal.printTable(err, outcomes);
        boolean failed = outcomes.stream().anyMatch(f -> f.status() == FileOutcome.Status.FAILED);
        boolean pending = !apply && outcomes.stream().anyMatch(f -> f.status() == FileOutcome.Status.CHANGED);
        return failed ? ExitCodes.FAILED : exitCode && pending ? ExitCodes.FOUND : ExitCodes.OK;
    }

    /** Options that only make sense together, given apart (or that exclude each other, given together). */
    private Optional<String> misuse() {
        List<String> needBranch = branch.needingBranch();
        if (branch.branch == null && !needBranch.isEmpty()) {
            return Optional.of(String.join(", ", needBranch) + ": only with --branch NAME");
        }
        if (branch.branch != null && (apply || exitCode || json)) {
            String other = apply ? "--apply" : exitCode ? "--exit-code" : "--json";
            return Optional.of("--branch and " + other + " exclude each other: --branch commits the migration to a "
                    + "branch and leaves the files on disk as they are");
        }
        return Optional.empty();
    }

    /** Writes each changed file; one that cannot be written becomes a failure and stays as it was. */
    private void writeAll(List<FileOutcome> outcomes) {
        for (int i = 0; i < outcomes.size(); i++) {
            FileOutcome f = outcomes.get(i);
            if (f.status() != FileOutcome.Status.CHANGED) {
                continue;
            }
            Optional<String> refused = SafeWriter.write(root, root.resolve(f.path()), f.before(), f.after());
            if (refused.isPresent()) {
                outcomes.set(i, FileOutcome.failed(f.path(), f.before(), f.edits(), f.checks(),
                        List.of(f.path() + ": " + refused.get())));
            }
        }
    }
}
