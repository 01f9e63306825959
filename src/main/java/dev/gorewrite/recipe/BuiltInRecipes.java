package dev.gorewrite.recipe;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * gorewrite's own recipes, read and parsed once per process. {@link #preload} starts that on a
 * background thread, so that on a cold JVM it overlaps with the command-line parsing on the main
 * thread (each takes about a tenth of a second there; see bench/monorepo.sh).
 */
final class BuiltInRecipes {
    private static final FutureTask<RecipeFiles> READ = new FutureTask<>(
            () -> RecipeFiles.builtIn(BuiltInRecipes.class.getClassLoader(), RecipeCatalog.BUILT_IN_FOLDER));
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private BuiltInRecipes() {}

    static void preload() {
        if (STARTED.compareAndSet(false, true)) {
            Thread reader = new Thread(READ, "gorewrite-recipes");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** The recipes: read on this thread unless {@link #preload} already started, then waited for. */
    static RecipeFiles get() {
        READ.run();
        try {
            return READ.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the built-in recipes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
