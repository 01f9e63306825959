package dev.gorewrite.cli;

import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Migration;
import dev.gorewrite.engine.RunSummary;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.report.JsonReport;
import dev.gorewrite.report.ReportView;
import dev.gorewrite.report.StatusTable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true, description = {"Run only the recipes' checks on the files under ROOT; change nothing.",
        "Each violation (a check may fail at several places) is printed as path:line: check: message; the count goes to stderr."},
        footer = {"", "Exit: 0 all checks hold, 1 violations, 2 usage or recipe error, 3 a file could not be read or parsed."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    GorewriteCommand parent;

    @Mixin
    RecipeOptions recipes = new RecipeOptions();

    @Option(names = "--json", description = "Print one JSON report on stdout: the files with violations, every violation, the counts.")
    boolean json;

    @Option(names = "--verbose", description = "With --json: list every file checked, also those where all checks hold.")
    boolean verbose;

    @Parameters(arity = "0..1", paramLabel = "ROOT",
            description = "The tree to check, or one .go file (paths are then relative to its folder) (default: .).")
    Path root = Path.of(".");

    @Override
    public Integer call() throws IOException {
        PrintStream out = parent.out;
        PrintStream err = parent.err;
        Optional<List<Recipe>> chosen = recipes.forRoot(root, err);
        if (chosen.isEmpty()) {
            return ExitCodes.USAGE;
        }
        List<Recipe> selected = chosen.get();
        List<FileOutcome> outcomes;
        try (ProgressLine progress = ProgressLine.start(err)) {
            outcomes = Migration.run(root, selected, true, progress.progress());
        }
        if (json) {
            JsonReport.write(out, "check", outcomes, false, new ReportView(verbose, false, false, 0));
        } else {
            out.print(StatusTable.violations(outcomes));
        }
        outcomes.forEach(f -> f.problems().forEach(err::println));
        RunSummary summary = RunSummary.of(outcomes);
        err.println(count(summary.files(), "file") + ", " + count(summary.checks(), "check") + ", "
                + summary.violated() + " violated, " + count(summary.violations(), "violation"));
        if (summary.anyFailed()) {
            return ExitCodes.FAILED;
        }
        return summary.violations() == 0 ? ExitCodes.OK : ExitCodes.FOUND;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
