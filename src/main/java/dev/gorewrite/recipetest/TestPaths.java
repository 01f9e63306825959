package dev.gorewrite.recipetest;

import dev.gorewrite.recipe.RecipeProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What a PATH given to `gorewrite test` names: a folder of recipes, one recipe file, or one recipe's .tests folder. */
public final class TestPaths {
    private static final String TESTS = ".tests";

    private TestPaths() {}

    /** The tree to read for {@code path}, or empty after adding why it cannot be read to {@code problems}. */
    public static Optional<RecipeTree> tree(Path path, List<RecipeProblem> problems) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (Files.isDirectory(path) && name.endsWith(TESTS)) {
            return Optional.of(oneRecipe(path, name.substring(0, name.length() - TESTS.length())));
        }
        if (Files.isDirectory(path)) {
            return Optional.of(RecipeTree.Folder.of(path));
        }
        if (Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
            return Optional.of(oneRecipe(path, name.substring(0, name.lastIndexOf('.'))));
        }
        problems.add(new RecipeProblem(path.toString(), 0, "", Files.exists(path)
                ? "not a recipe file (*.yaml, *.yml), a folder of recipes or a recipe's .tests folder"
                : "no such file or folder"));
        return Optional.empty();
    }

    /** The folder beside {@code path}, walked only for the recipe {@code stem} and its tests. */
    private static RecipeTree oneRecipe(Path path, String stem) {
        Path parent = path.toAbsolutePath().normalize().getParent();
        Path label = path.getParent() == null ? Path.of("") : path.getParent();
        return new RecipeTree.Folder(parent, label.toString(), List.of(stem + ".yaml", stem + ".yml", stem + TESTS), true);
    }
}
