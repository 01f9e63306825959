package dev.gorewrite.cli;

import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeCatalog;
import dev.gorewrite.recipe.RecipeException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** `--recipe ID` and `--recipes DIR`, shared by the commands that run recipes. */
final class RecipeOptions {
    @Option(names = "--recipe", paramLabel = "ID", description = "Run only this recipe (repeatable). Default: all.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--recipes", paramLabel = "DIR", description = "Also load the recipe files (*.yaml) in DIR (repeatable).")
    List<Path> dirs = new ArrayList<>();

    RecipeCatalog catalog() throws RecipeException {
        return RecipeCatalog.load(dirs);
    }

    /**
     * The recipes to run on the folder {@code root}, or empty after printing why not (a usage
     * error: ROOT is no folder, or a recipe file is broken).
     */
    Optional<List<Recipe>> forRoot(Path root, PrintStream err) {
        if (!Files.isDirectory(root)) {
            err.println(root + (Files.exists(root) ? ": not a folder" : ": no such folder"));
            return Optional.empty();
        }
        try {
            return Optional.of(selected());
        } catch (RecipeException e) {
            e.problems().forEach(err::println);
            return Optional.empty();
        }
    }

    List<Recipe> selected() throws RecipeException {
        RecipeCatalog catalog = catalog();
        return ids.isEmpty() ? catalog.all() : catalog.select(ids);
    }
}
