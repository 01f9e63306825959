package dev.gorewrite.cli;

import dev.gorewrite.engine.BuildGate;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Problem;
import dev.gorewrite.engine.Migration;
import dev.gorewrite.engine.RunSummary;
import dev.gorewrite.engine.SafeWriter;
import dev.gorewrite.golang.Utf8;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.report.JsonReport;
import dev.gorewrite.report.ReportView;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
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

    @Option(names = {"-i", "--interactive"}, description = "Show each hunk of the diff and ask whether to apply it,"
            + " as `git add -p` does (answers from stdin); then write the accepted hunks, if they parse and pass the checks.")
    boolean interactive;

    @Option(names = "--guide", paramLabel = "GUIDE", description = "Run the recipes drafted from this Markdown guide"
            + " (as `gorewrite guide GUIDE ROOT` drafts them) instead of recipe files; steps that need review or are"
            + " manual apply nothing (stderr says which).")
    Path guide;

    @Option(names = "--exit-code", description = "Exit 1 when a dry run finds changes to make.")
    boolean exitCode;

    @Option(names = "--json", description = "Print one JSON report (files, edits, statuses, checks, diffs) on stdout.")
    boolean json;

    @Option(names = "--build-check", description = "After rewriting, go build and go vet the changed files' packages "
            + "(with the new content, the checkout untouched); a file whose package built before and not after fails. Needs go on PATH.")
    boolean buildCheck;

    @Mixin
    RunReportOptions report = new RunReportOptions();

    @Mixin
    BranchOptions branch = new BranchOptions();

    @Parameters(arity = "0..1", paramLabel = "ROOT",
            description = "The tree to migrate, or one .go file (paths are then relative to its folder) (default: .).")
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
        Optional<List<Recipe>> chosen = guide == null ? recipes.forRoot(root, err) : drafted(err);
        if (chosen.isEmpty()) {
            return ExitCodes.USAGE;
        }
        List<Recipe> selected = chosen.get();
        if (interactive && !Migration.creating(selected).isEmpty()) {
            err.println("-i: recipe " + Migration.creating(selected).get(0).id() + " creates a file, and creating a file"
                    + " is not interactive: run it with --apply (after a dry run), or leave it out with --recipe");
            return ExitCodes.USAGE;
        }
        Optional<BuildGate> gate = buildCheck ? BuildGate.onPath(System.getenv()) : Optional.empty();
        if (buildCheck && gate.isEmpty()) {
            err.println("--build-check: no `go` on PATH: the build gate needs a Go toolchain");
            return ExitCodes.USAGE;
        }
        if (branch.branch != null) {
            return new BranchRun(out, err, root, selected, recipeWords(), branch, gate).call();
        }
        List<FileOutcome> outcomes = migrate(selected);
        if (gate.isPresent()) {
            BuildGate.Result built = gate.get().check(folder(), outcomes);
            outcomes = new ArrayList<>(built.outcomes());
            built.notes().forEach(n -> err.println("note: " + n));
        }
        if (interactive) {
            return InteractiveRun.call(outcomes, selected, folder(), report.context, System.in, err);
        }
        if (apply) {
            writeAll(outcomes);
        }
        ReportView view = report.view(apply);
        if (json) {
            JsonReport.write(out, apply ? "apply" : "dry-run", outcomes, true, view);
        } else if (!apply) {
            for (FileOutcome f : outcomes) {
                out.write(Utf8.encode(JsonReport.diff(f, view.context())));
            }
            out.flush();
        }
        Terminal.printTable(err, outcomes, view);
        RunSummary summary = RunSummary.of(outcomes);
        boolean pending = !apply && summary.anyChanged();
        return summary.anyFailed() ? ExitCodes.FAILED : exitCode && pending ? ExitCodes.FOUND : ExitCodes.OK;
    }

    /**
     * The recipes drafted from --guide, after naming on stderr each step that applies nothing (it
     * needs review, or a person); empty after saying why there are none.
     */
    private Optional<List<Recipe>> drafted(PrintStream err) {
        if (!recipes.ids.isEmpty() || !recipes.dirs.isEmpty()) {
            err.println("--guide and " + (recipes.ids.isEmpty() ? "--recipes" : "--recipe") + " exclude each other: "
                    + "--guide runs the recipes drafted from the guide (write them with `gorewrite guide -o DIR` to"
                    + " pick among them)");
            return Optional.empty();
        }
        if (!Files.isDirectory(root)) {
            err.println(root + ": --guide needs a folder as ROOT, the tree the guide's files are in");
            return Optional.empty();
        }
        Optional<GuideDrafts> drafts = GuideDrafts.load(guide, Optional.of(root), err);
        drafts.ifPresent(d -> d.undrafted().forEach(note -> err.println("note: " + note)));
        if (drafts.isPresent() && drafts.get().recipes().isEmpty()) {
            err.println(guide + ": no step could be drafted as a recipe; nothing to run");
            return Optional.empty();
        }
        return drafts.map(GuideDrafts::recipes);
    }

    /** The outcomes of the run, with a progress line on a terminal unless --quiet. */
    private List<FileOutcome> migrate(List<Recipe> selected) {
        if (report.quiet) {
            return new ArrayList<>(Migration.run(root, selected, false));
        }
        try (ProgressLine progress = ProgressLine.start(parent.err)) {
            return new ArrayList<>(Migration.run(root, selected, false, progress.progress()));
        }
    }

    /** Options that only make sense together, given apart (or that exclude each other, given together). */
    private Optional<String> misuse() {
        Optional<String> reporting = report.misuse(branch.branch != null);
        if (reporting.isPresent()) {
            return reporting;
        }
        if (branch.branch != null && RecipeOptions.isGoFile(root)) {
            return Optional.of("--branch needs a folder as ROOT, not a file: the branch migrates the folder's files");
        }
        List<String> needBranch = branch.needingBranch();
        if (branch.branch == null && !needBranch.isEmpty()) {
            return Optional.of(String.join(", ", needBranch) + ": only with --branch NAME");
        }
        if (branch.branch != null && (apply || exitCode || json)) {
            String other = apply ? "--apply" : exitCode ? "--exit-code" : "--json";
            return Optional.of("--branch and " + other + " exclude each other: --branch commits the migration to a "
                    + "branch and leaves the files on disk as they are");
        }
        return interactive ? InteractiveRun.misuse(apply, json, branch.branch != null, exitCode, report.quiet)
                : Optional.empty();
    }

    /** The options that chose the recipes, as a command line repeats them. */
    private List<String> recipeWords() {
        if (guide != null) {
            return List.of("--guide", guide.toString());
        }
        List<String> words = new ArrayList<>();
        recipes.ids.forEach(id -> words.addAll(List.of("--recipe", id)));
        recipes.dirs.forEach(dir -> words.addAll(List.of("--recipes", dir.toString())));
        return words;
    }

    /** The folder that paths in the outcomes are relative to: ROOT, or the folder of a file given as ROOT. */
    private Path folder() {
        return Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
    }

    /** Writes each changed file; one that cannot be written becomes a failure and stays as it was. */
    private void writeAll(List<FileOutcome> outcomes) {
        for (int i = 0; i < outcomes.size(); i++) {
            FileOutcome f = outcomes.get(i);
            if (f.status() != FileOutcome.Status.CHANGED) {
                continue;
            }
            Optional<String> refused = f.created() ? SafeWriter.createTarget(folder(), f.path(), f.after())
                    : SafeWriter.write(folder(), folder().resolve(f.path()), f.before(), f.after());
            if (refused.isPresent()) {
                outcomes.set(i, f.refused(Problem.of(f.path(), Problem.Kind.IO, refused.get())));
            }
        }
    }
}
