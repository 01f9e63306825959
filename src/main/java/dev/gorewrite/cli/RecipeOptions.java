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

/** `--recipe ID` and `--recipes PATH`, shared by the commands that run recipes. */
final class RecipeOptions {
    @Option(names = "--recipe", paramLabel = "ID",
            description = "Run only this recipe, built-in or from --recipes (repeatable).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--recipes", paramLabel = "PATH", description = "Load this recipe file, or the recipe files"
            + " (*.yaml, *.yml) below this folder (repeatable), and run only those (built-in ones too only if --recipe"
            + " names them).")
    List<Path> dirs = new ArrayList<>();

    RecipeCatalog catalog() throws RecipeException {
        return RecipeCatalog.load(dirs);
    }

    /**
     * The recipes to run on {@code root} (a folder, or a Go file named directly), or empty after
     * printing why not (a usage error: ROOT is neither, or a recipe file is broken).
     */
    Optional<List<Recipe>> forRoot(Path root, PrintStream err) {
        if (!Files.isDirectory(root) && !isGoFile(root)) {
            err.println(root + ": " + (Files.exists(root) ? "not a folder or a .go file" : "no such folder or file"));
            return Optional.empty();
        }
        try {
            return Optional.of(selected());
        } catch (RecipeException e) {
            e.problems().forEach(err::println);
            return Optional.empty();
        }
    }

    static boolean isGoFile(Path root) {
        return Files.isRegularFile(root) && root.getFileName().toString().endsWith(".go");
    }

    /**
     * The recipes {@code --recipe} names; without it the user's ({@code --recipes}), or else the
     * built-in ones: a user's recipes are meant to run on their own, and a built-in recipe that
     * drifts on the user's tree would fail the run.
     */
    List<Recipe> selected() throws RecipeException {
        RecipeCatalog catalog = catalog();
        if (!ids.isEmpty()) {
            return catalog.select(ids);
        }
        return dirs.isEmpty() ? catalog.all() : catalog.user();
    }
}
