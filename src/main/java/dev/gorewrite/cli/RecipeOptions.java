package dev.gorewrite.cli;

import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeCatalog;
import dev.gorewrite.recipe.RecipeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    List<Recipe> selected() throws RecipeException {
        RecipeCatalog catalog = catalog();
        return ids.isEmpty() ? catalog.all() : catalog.select(ids);
    }
}
