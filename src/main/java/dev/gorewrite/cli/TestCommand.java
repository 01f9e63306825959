package dev.gorewrite.cli;

import dev.gorewrite.recipe.RecipeProblem;
import dev.gorewrite.recipetest.BuiltInTests;
import dev.gorewrite.recipetest.CaseResult;
import dev.gorewrite.recipetest.Failure;
import dev.gorewrite.recipetest.RecipeTree;
import dev.gorewrite.recipetest.Snapshots;
import dev.gorewrite.recipetest.Suite;
import dev.gorewrite.recipetest.TestCase;
import dev.gorewrite.recipetest.TestPaths;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "test", mixinStandardHelpOptions = true, description = {
        "Run recipes' tests: each case folder <recipe>.tests/<case>/ beside a recipe holds before.go,"
                + " maybe after.go (none: the recipe must leave the file alone) and expect.txt.",
        "The result must equal after.go byte for byte, a second run must change nothing, and the checks must hold.",
        "PATH: a recipe file, a folder of recipes, or a .tests folder. Without PATH: the built-in"
                + " recipes' tests (read from the jar) and those under --recipes."},
        footer = {"", "Exit: 0 all cases pass, 1 some case fails, 2 usage or recipe error."})
final class TestCommand implements Callable<Integer> {
    @ParentCommand
    GorewriteCommand parent;

    @Mixin
    RecipeOptions recipes = new RecipeOptions();

    @Option(names = "--update", description = "Write each differing result as the case's after.go (for a reviewed change).")
    boolean update;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Recipe files, folders of recipes or .tests folders.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        if (update && paths.isEmpty()) {
            parent.err.println("--update needs a PATH: the built-in recipes' tests are read from the jar; name the"
                    + " repository's folder instead, as in: gorewrite test --update recipes/");
            return ExitCodes.USAGE;
        }
        List<RecipeProblem> problems = new ArrayList<>();
        List<Suite> suites = chosen(Suite.load(trees(problems), problems), problems);
        if (problems.isEmpty() && suites.stream().allMatch(s -> s.cases().isEmpty())) {
            problems.add(new RecipeProblem(paths.isEmpty() ? "gorewrite test" : paths.get(0).toString(), 0, "",
                    "no recipe tests found: a recipe x.yaml is tested by folders x.tests/CASE/ holding before.go"));
        }
        problems.forEach(parent.err::println);
        return problems.isEmpty() ? runAll(suites) : ExitCodes.USAGE;
    }

    private List<RecipeTree> trees(List<RecipeProblem> problems) {
        List<RecipeTree> trees = new ArrayList<>();
        if (paths.isEmpty()) {
            trees.addAll(BuiltInTests.trees(TestCommand.class.getClassLoader(), problems));
        }
        paths.forEach(p -> TestPaths.tree(p, problems).ifPresent(trees::add));
        recipes.dirs.forEach(d -> TestPaths.tree(d, problems).ifPresent(trees::add));
        return trees;
    }

    /** The suites of the recipes named by --recipe (all without it); an unknown id is a problem. */
    private List<Suite> chosen(List<Suite> suites, List<RecipeProblem> problems) {
        if (recipes.ids.isEmpty()) {
            return suites;
        }
        Set<String> known = Set.copyOf(suites.stream().map(s -> s.recipe().id()).toList());
        recipes.ids.stream().filter(id -> !known.contains(id)).forEach(id -> problems.add(
                new RecipeProblem("--recipe " + id, 0, "", "no such recipe among those tested")));
        return suites.stream().filter(s -> recipes.ids.contains(s.recipe().id())).toList();
    }

    private int runAll(List<Suite> suites) {
        int passed = 0;
        int failed = 0;
        for (Suite suite : suites) {
            if (suite.cases().isEmpty()) {
                parent.err.println("note: " + suite.recipe().source() + " has no tests");
            }
            for (CaseResult result : suite.run()) {
                boolean ok = report(result);
                passed += ok ? 1 : 0;
                failed += ok ? 0 : 1;
            }
        }
        parent.out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? ExitCodes.OK : ExitCodes.FOUND;
    }

    /** Prints one case's line (and why it failed); whether it passes, after an update if asked for. */
    private boolean report(CaseResult result) {
        String name = result.recipeId() + " " + result.testCase().name();
        if (result.passed()) {
            parent.out.println("PASS " + name);
            return true;
        }
        if (update && result.updatable() && updated(result, name)) {
            return true;
        }
        parent.out.println("FAIL " + name + " (" + result.testCase().place() + ")");
        result.failures().forEach(this::describe);
        return false;
    }

    /** Writes the result as the case's after.go and says so, or says why not. */
    private boolean updated(CaseResult result, String name) {
        Snapshots.Written written = Snapshots.write(result);
        if (written.refused().isPresent()) {
            parent.err.println(written.file() + ": not updated: " + written.refused().get());
            return false;
        }
        parent.out.println("UPDATED " + name + ": wrote " + written.file());
        return true;
    }

    /** Java 17 has no type patterns in switch: the chain covers every permitted Failure, in declaration order. */
    private void describe(Failure failure) {
        PrintStream out = parent.out;
        if (failure instanceof Failure.Differs d) {
            out.print("  the result differs from " + d.expectedFile() + ":\n" + d.diff());
        } else if (failure instanceof Failure.NotIdempotent n) {
            out.print("  a second run on the result changed it again:\n" + n.diff());
        } else if (failure instanceof Failure.Refused r) {
            lines("  the recipe refused the file:", r.problems());
        } else if (failure instanceof Failure.RefusedOwnResult r) {
            lines("  a second run on the result refused it:", r.problems());
        } else if (failure instanceof Failure.StatusesDiffer s) {
            statuses(s);
        } else if (failure instanceof Failure.ProblemMissing p) {
            lines("  expected the recipe to refuse the file with a problem containing '" + p.problem()
                    + "'; its problems:", p.actual().isEmpty() ? List.of("none") : p.actual());
        } else {
            throw new IllegalStateException("unknown failure " + failure);
        }
    }

    private void lines(String heading, List<String> lines) {
        parent.out.println(heading);
        lines.forEach(line -> parent.out.println("    " + line));
    }

    /** Only the edits whose status differs, by number and guide; a count that differs is said once. */
    private void statuses(Failure.StatusesDiffer s) {
        parent.out.println("  edit statuses differ from " + TestCase.EXPECT + ":");
        if (s.expected().size() != s.actual().size()) {
            parent.out.println("    it lists " + s.expected().size() + " statuses; the recipe's " + s.actual().size()
                    + " edits report: " + String.join(", ", s.actual()));
        }
        for (int i = 0; i < Math.min(s.expected().size(), s.actual().size()); i++) {
            if (!s.expected().get(i).equals(s.actual().get(i))) {
                parent.out.println("    edit " + (i + 1) + " (" + s.guides().get(i) + "): expected " + s.expected().get(i)
                        + ", got " + s.actual().get(i));
            }
        }
    }
}
