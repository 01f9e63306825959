package dev.gorewrite.cli;

import dev.gorewrite.engine.BuildGate;
import dev.gorewrite.engine.RunSummary;
import dev.gorewrite.git.BaseCommit;
import dev.gorewrite.git.BranchRequest;
import dev.gorewrite.git.BranchResult;
import dev.gorewrite.git.GitCheckout;
import dev.gorewrite.git.GitRefusal;
import dev.gorewrite.git.PushOutcome;
import dev.gorewrite.git.TreeMigration;
import dev.gorewrite.golang.Utf8;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.report.ChangeDescription;
import dev.gorewrite.report.PullRequestBody;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * `run --branch`: the migration of HEAD's content as one commit on its own branch, then optionally
 * a PR description and a push. Prints the status table and notes on stderr and the result lines
 * (`branch`, `commit`, `pushed to`) on stdout.
 */
final class BranchRun {
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private final PrintStream out;
    private final PrintStream err;
    private final Path root;
    private final List<Recipe> recipes;
    /** The options that chose the recipes (`--recipe ID`, `--recipes PATH`, `--guide GUIDE`), to repeat in the PR body. */
    private final List<String> recipeWords;
    private final BranchOptions options;
    private final Optional<BuildGate> gate;

    BranchRun(PrintStream out, PrintStream err, Path root, List<Recipe> recipes, List<String> recipeWords,
            BranchOptions options, Optional<BuildGate> gate) {
        this.out = out;
        this.err = err;
        this.root = root;
        this.recipes = recipes;
        this.recipeWords = List.copyOf(recipeWords);
        this.options = options;
        this.gate = gate;
    }

    int call() {
        try (GitCheckout git = GitCheckout.open(root)) {
            BranchRequest request = git.request(options.branch, options.force, Optional.ofNullable(options.author));
            Optional<String> unwritable = prBody().flatMap(PrBodyFile::refusal);
            if (unwritable.isPresent()) {
                err.println("--pr-body " + options.prBody + ": " + unwritable.get());
                return ExitCodes.USAGE;
            }
            BaseCommit base = git.base(Optional.ofNullable(options.base));
            TreeMigration migration = built(git.migrate(base, recipes, options.fromWorktree));
            Terminal.printTable(err, migration.outcomes());
            migration.notes().forEach(n -> err.println("note: " + n));
            if (migration.failed()) {
                err.println("no branch created: some files could not be migrated (above), and a partial migration "
                        + "would mislead a reviewer");
                return ExitCodes.FAILED;
            }
            if (!migration.changesAnything()) {
                err.println("nothing to migrate in " + base + "; no branch created");
                return ExitCodes.OK;
            }
            String message = ChangeDescription.commitMessage(recipes, migration.outcomes(), migration.rootInRepository());
            BranchResult result = git.commit(migration, request, message);
            err.println(describe(result, base, migration));
            out.println("branch " + result.branch());
            out.println("commit " + result.commitId());
            out.flush();
            boolean written = prBody().map(file -> writePrBody(file, migration, result)).orElse(true);
            if (options.push != null) {
                PushOutcome pushed = git.push(options.push, request);
                out.println("pushed to " + pushed.remoteUrl());
                if (pushed.upToDate()) {
                    err.println("the remote already had " + result.branch() + " at " + result.shortId());
                }
            }
            return written ? ExitCodes.OK : ExitCodes.FAILED;
        } catch (IOException e) {
            err.println("--build-check: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (GitRefusal e) {
            err.println(e.getMessage());
            return e.reason().usage() ? ExitCodes.USAGE : ExitCodes.FAILED;
        }
    }

    /** The migration with --build-check's verdicts: a file whose package no longer builds fails, and so no branch is made. */
    private TreeMigration built(TreeMigration migration) throws IOException {
        if (gate.isEmpty()) {
            return migration;
        }
        BuildGate.Result result = gate.get().check(root, migration.outcomes());
        return migration.with(result.outcomes(), result.notes());
    }

    private static String describe(BranchResult result, BaseCommit base, TreeMigration migration) {
        int files = RunSummary.of(migration.outcomes()).changed();
        return switch (result.kind()) {
            case UNCHANGED -> "branch " + result.branch() + " already has this migration (commit " + result.shortId()
                    + "); nothing to do";
            case CREATED -> "created branch " + result.branch() + ": one commit on " + base + " changing " + files
                    + (files == 1 ? " file" : " files") + "; your checkout is untouched";
            case REPLACED -> "replaced branch " + result.branch() + " (--force): one fresh commit on " + base
                    + " changing " + files + (files == 1 ? " file" : " files") + "; your checkout is untouched";
        };
    }

    private Optional<PrBodyFile> prBody() {
        return Optional.ofNullable(options.prBody).map(file -> new PrBodyFile(file, options.force));
    }

    private boolean writePrBody(PrBodyFile file, TreeMigration migration, BranchResult result) {
        BaseCommit base = migration.base();
        String rootArg = migration.rootInRepository().isEmpty() ? "." : migration.rootInRepository();
        List<String> dryRun = command(List.of(), rootArg);
        List<String> branch = new ArrayList<>(List.of("--branch", result.branch()));
        if (options.base != null) {
            branch.addAll(List.of("--base", options.base));
        }
        PullRequestBody.Facts facts = new PullRequestBody.Facts(result.branch(), result.commitId(), base.label(),
                base.id(), migration.rootInRepository(), dryRun, command(branch, rootArg));
        String body = PullRequestBody.render(recipes, migration.outcomes(), facts);
        Optional<String> refused = file.write(Utf8.encode(body));
        if (refused.isPresent()) {
            err.println(options.prBody + ": " + refused.get());
            return false;
        }
        err.println("wrote the pull request description to " + options.prBody);
        return true;
    }

    /** `java -jar gorewrite.jar run` with the user's recipe options, {@code extra}, and ROOT; quoted for a shell. */
    private List<String> command(List<String> extra, String rootArg) {
        List<String> words = new ArrayList<>(List.of("java", "-jar", "gorewrite.jar", "run"));
        words.addAll(recipeWords);
        words.addAll(extra);
        words.add(rootArg);
        return words.stream().map(BranchRun::quote).toList();
    }

    private static String quote(String word) {
        return PLAIN_WORD.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
