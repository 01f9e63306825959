package dev.gorewrite.recipetest;

import dev.gorewrite.recipe.RecipeProblem;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Where the built-in recipes' tests are: beside the recipes in the {@code recipes/} folder of the
 * class path, which is the jar for a user and {@code target/classes} for Maven's tests. They are
 * read there and never written: `--update` works on the repository's folder, named as a PATH.
 */
public final class BuiltInTests {
    public static final String FOLDER = "recipes";

    private BuiltInTests() {}

    /** The trees holding {@link #FOLDER} on the class path of {@code loader}; what could not be opened goes to {@code problems}. */
    public static List<RecipeTree> trees(ClassLoader loader, List<RecipeProblem> problems) {
        List<RecipeTree> trees = new ArrayList<>();
        try {
            for (URL root : new LinkedHashSet<>(Collections.list(loader.getResources(FOLDER)))) {
                tree(root, problems).ifPresent(trees::add);
            }
        } catch (IOException e) {
            problems.add(new RecipeProblem(FOLDER, 0, "", "cannot list the built-in recipes' tests: " + e.getMessage()));
        }
        return trees;
    }

    private static Optional<RecipeTree> tree(URL root, List<RecipeProblem> problems) {
        try {
            return switch (root.getProtocol()) {
                case "file" -> Optional.of(new RecipeTree.Folder(Path.of(root.toURI()), FOLDER, List.of(""), false));
                case "jar" -> Optional.of(jar((JarURLConnection) root.openConnection()));
                default -> {
                    problems.add(new RecipeProblem(root.toString(), 0, "", "cannot list tests from a "
                            + root.getProtocol() + ": URL; run gorewrite from its jar or a folder"));
                    yield Optional.empty();
                }
            };
        } catch (IOException | URISyntaxException e) {
            problems.add(new RecipeProblem(root.toString(), 0, "", "cannot list the built-in recipes' tests: " + e));
            return Optional.empty();
        }
    }

    private static RecipeTree jar(JarURLConnection connection) throws IOException {
        String prefix = connection.getEntryName().replaceAll("/+$", "") + "/";
        return new RecipeTree.Jar(connection.getJarFile(), prefix, FOLDER);
    }
}
