package dev.gorewrite.cli;

import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Migration;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.report.JsonReport;
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
        "Each violation is printed as path:line: check: message."},
        footer = {"", "Exit: 0 all checks hold, 1 violations, 2 usage or recipe error, 3 a file could not be read or parsed."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    GorewriteCommand parent;

    @Mixin
    RecipeOptions recipes = new RecipeOptions();

    @Option(names = "--json", description = "Print one JSON report on stdout.")
    boolean json;

    @Parameters(arity = "0..1", paramLabel = "ROOT", description = "The tree to check (default: .).")
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
        String violations = StatusTable.violations(outcomes);
        if (json) {
            JsonReport.write(out, "check", outcomes, false);
        } else {
            out.print(violations);
        }
        outcomes.forEach(f -> f.problems().forEach(err::println));
        long checks = outcomes.stream().mapToLong(f -> f.checks().size()).sum();
        long failedChecks = outcomes.stream().flatMap(f -> f.checks().stream()).filter(c -> !c.passed()).count();
        err.println(outcomes.size() + " files, " + checks + " checks, " + failedChecks + " violated");
        if (outcomes.stream().anyMatch(f -> f.status() == FileOutcome.Status.FAILED)) {
            return ExitCodes.FAILED;
        }
        return violations.isEmpty() ? ExitCodes.OK : ExitCodes.FOUND;
    }
}
