package dev.gorewrite.recipe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every recipe gorewrite knows: the built-in ones (the {@code *.yaml} files of the repository's
 * {@code recipes/} folder, copied onto the class path) and those in the user's files and folders.
 * Recipe ids are unique across all of them, so that {@code --recipe ID} names one.
 */
public final class RecipeCatalog {
    static final String BUILT_IN_FOLDER = "recipes";

    private final Map<String, Recipe> byId;
    /** The user's recipes, sorted by id. */
    private final List<Recipe> user;

    private RecipeCatalog(List<Recipe> recipes, List<Recipe> user) {
        Map<String, Recipe> sorted = new LinkedHashMap<>();
        recipes.stream().sorted(Comparator.comparing(Recipe::id)).forEach(r -> sorted.put(r.id(), r));
        this.byId = sorted;
        this.user = user.stream().sorted(Comparator.comparing(Recipe::id)).toList();
    }

    /**
     * The built-in recipes and the user's: each of {@code userPaths} is a recipe file, or a folder
     * whose {@code *.yaml} and {@code *.yml} files below it are read.
     */
    public static RecipeCatalog load(List<Path> userPaths) throws RecipeException {
        return combine(BuiltInRecipes.get(), userPaths);
    }

    /**
     * Starts reading the built-in recipes on a background thread, for a later {@link #load(List)};
     * a process that calls this first starts faster.
     */
    public static void preloadBuiltIns() {
        BuiltInRecipes.preload();
    }

    /** As {@link #load(List)}, with the built-ins taken from {@code builtInFolder} of {@code loader}. */
    static RecipeCatalog load(ClassLoader loader, String builtInFolder, List<Path> userPaths) throws RecipeException {
        return combine(RecipeFiles.builtIn(loader, builtInFolder), userPaths);
    }

    private static RecipeCatalog combine(RecipeFiles builtIns, List<Path> userPaths) throws RecipeException {
        List<RecipeProblem> listing = new ArrayList<>();
        List<RecipeSource> sources = new ArrayList<>();
        for (Path path : userPaths) {
            sources.addAll(RecipeSources.userPath(path, listing));
        }
        RecipeFiles user = RecipeFiles.parse(sources, listing);
        List<RecipeProblem> problems = new ArrayList<>(builtIns.problems());
        problems.addAll(user.problems());
        Map<String, LoadedRecipe> byId = new LinkedHashMap<>();
        List<LoadedRecipe> all = new ArrayList<>(builtIns.recipes());
        all.addAll(user.recipes());
        for (LoadedRecipe loaded : all) {
            LoadedRecipe first = byId.putIfAbsent(loaded.recipe().id(), loaded);
            if (first != null) {
                problems.add(new RecipeProblem(loaded.recipe().source(), loaded.idLine(), "id",
                        "duplicate recipe id '" + loaded.recipe().id() + "', also in " + first.recipe().source()
                        + ":" + first.idLine() + "; give each recipe its own id"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RecipeException(problems);
        }
        return new RecipeCatalog(byId.values().stream().map(LoadedRecipe::recipe).toList(),
                user.recipes().stream().map(LoadedRecipe::recipe).toList());
    }

    /** Every recipe, sorted by id. */
    public List<Recipe> all() {
        return List.copyOf(byId.values());
    }

    /** The recipes read from the user's files and folders, sorted by id; empty when none were given. */
    public List<Recipe> user() {
        return user;
    }

    public Optional<Recipe> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The recipes named by {@code ids} (as given with {@code --recipe}), in that order, each once. */
    public List<Recipe> select(List<String> ids) throws RecipeException {
        List<RecipeProblem> problems = new ArrayList<>();
        List<Recipe> selected = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            find(id).ifPresentOrElse(selected::add, () -> problems.add(new RecipeProblem("--recipe " + id, 0, "",
                    "no such recipe; known: " + (byId.isEmpty() ? "none" : String.join(", ", byId.keySet())))));
        }
        if (!problems.isEmpty()) {
            throw new RecipeException(problems);
        }
        return selected;
    }
}
