package dev.gorewrite.recipetest;

import dev.gorewrite.recipe.RecipeProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the recipes of a {@link RecipeTree} and their cases: {@code x.yaml} (or {@code x.yml})
 * is tested by the folders {@code x.tests/CASE/}, each holding {@code before.go} and maybe
 * {@code after.go} and {@code expect.txt}. Anything else there is reported, so that a misspelt
 * {@code afer.go} cannot turn a case into one that expects no change.
 */
public final class TestCatalog {
    private static final String TESTS = ".tests/";
    private static final Set<String> CASE_FILES = Set.of(TestCase.BEFORE, TestCase.AFTER, TestCase.EXPECT);

    private TestCatalog() {}

    /** Every recipe of {@code tree} with its cases, in name order; the problems found go to {@code problems}. */
    public static List<RecipeTests> read(RecipeTree tree, List<RecipeProblem> problems) {
        List<String> names;
        try {
            names = tree.names();
        } catch (IOException e) {
            problems.add(new RecipeProblem(tree.display(""), 0, "", "cannot list: " + e.getMessage()));
            return List.of();
        }
        Map<String, String> recipes = recipeFiles(names);
        Map<String, Map<String, List<String>>> cases = caseFiles(tree, names, problems);
        cases.keySet().stream().filter(stem -> !recipes.containsKey(stem)).forEach(stem -> problems.add(
                new RecipeProblem(tree.display(stem + TESTS), 0, "", "tests without their recipe: expected "
                        + tree.display(stem + ".yaml") + " beside it")));
        List<RecipeTests> found = new ArrayList<>();
        recipes.forEach((stem, file) -> recipe(tree, file, cases.getOrDefault(stem, Map.of()), problems)
                .ifPresent(found::add));
        return found;
    }

    /** The recipe files outside .tests folders, by name without the extension. */
    private static Map<String, String> recipeFiles(List<String> names) {
        Map<String, String> recipes = new TreeMap<>();
        names.stream().filter(n -> !n.contains(TESTS) && (n.endsWith(".yaml") || n.endsWith(".yml")))
                .forEach(n -> recipes.put(n.substring(0, n.lastIndexOf('.')), n));
        return recipes;
    }

    /** The files of each case of each recipe: recipe stem → case name → file names. */
    private static Map<String, Map<String, List<String>>> caseFiles(RecipeTree tree, List<String> names,
            List<RecipeProblem> problems) {
        Map<String, Map<String, List<String>>> cases = new TreeMap<>();
        for (String name : names.stream().filter(n -> n.contains(TESTS)).toList()) {
            String stem = name.substring(0, name.indexOf(TESTS));
            caseFile(name.substring(stem.length() + TESTS.length())).ifPresentOrElse(
                    file -> cases.computeIfAbsent(stem, s -> new TreeMap<>())
                            .computeIfAbsent(file[0], c -> new ArrayList<>()).add(file[1]),
                    () -> problems.add(new RecipeProblem(tree.display(name), 0, "", "not part of a case: a case is"
                            + " a folder " + stem + TESTS + "CASE/ holding " + TestCase.BEFORE + " and maybe "
                            + TestCase.AFTER + " and " + TestCase.EXPECT)));
        }
        return cases;
    }

    /** {@code CASE/FILE} as its two parts, or empty for any other depth. */
    private static Optional<String[]> caseFile(String rest) {
        String[] parts = rest.split("/");
        return parts.length == 2 ? Optional.of(parts) : Optional.empty();
    }

    private static Optional<RecipeTests> recipe(RecipeTree tree, String file, Map<String, List<String>> cases,
            List<RecipeProblem> problems) {
        String stem = file.substring(0, file.lastIndexOf('.'));
        List<TestCase> read = new ArrayList<>();
        try {
            String yaml = new String(tree.read(file), StandardCharsets.UTF_8);
            for (Map.Entry<String, List<String>> c : cases.entrySet()) {
                testCase(tree, stem + TESTS + c.getKey(), c.getKey(), c.getValue(), problems).ifPresent(read::add);
            }
            return Optional.of(new RecipeTests(tree.display(file), yaml, read));
        } catch (IOException e) {
            problems.add(new RecipeProblem(tree.display(file), 0, "", "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static Optional<TestCase> testCase(RecipeTree tree, String folder, String name, List<String> files,
            List<RecipeProblem> problems) throws IOException {
        Expectation expect = files.contains(TestCase.EXPECT)
                ? Expectation.parse(new String(tree.read(folder + "/" + TestCase.EXPECT), StandardCharsets.UTF_8))
                : Expectation.NONE;
        if (!wellFormed(tree, folder, files, expect, problems)) {
            return Optional.empty();
        }
        Optional<byte[]> after = files.contains(TestCase.AFTER)
                ? Optional.of(tree.read(folder + "/" + TestCase.AFTER)) : Optional.empty();
        return Optional.of(new TestCase(name, tree.display(folder), tree.read(folder + "/" + TestCase.BEFORE), after,
                expect, tree.writable(folder + "/" + TestCase.AFTER)));
    }

    /** Whether the case folder has a before.go, no other files than the three, and one kind of expectation. */
    private static boolean wellFormed(RecipeTree tree, String folder, List<String> files, Expectation expect,
            List<RecipeProblem> problems) {
        int before = problems.size();
        files.stream().filter(f -> !CASE_FILES.contains(f)).forEach(f -> problems.add(new RecipeProblem(
                tree.display(folder + "/" + f), 0, "", "unknown file in a case; expected " + TestCase.BEFORE
                        + ", " + TestCase.AFTER + " and " + TestCase.EXPECT)));
        if (!files.contains(TestCase.BEFORE)) {
            problems.add(new RecipeProblem(tree.display(folder), 0, "", "no " + TestCase.BEFORE + ": a case needs"
                    + " the file the recipe runs on"));
        }
        if (expect.refusal() && files.contains(TestCase.AFTER)) {
            problems.add(new RecipeProblem(tree.display(folder + "/" + TestCase.EXPECT), 0, "", "problem: lines say"
                    + " the recipe refuses the file, but " + TestCase.AFTER + " says what it becomes; keep one"));
        }
        return problems.size() == before;
    }
}
