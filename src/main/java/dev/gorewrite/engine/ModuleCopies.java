package dev.gorewrite.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scratch copies of Go modules with the rewrite's new content in place, one per module, made the
 * first time one is asked for; dot-folders (.git and the like) are left out.
 */
final class ModuleCopies {
    private final Path scratch;
    private final Path base;
    private final List<FileOutcome> outcomes;
    private final Map<Path, Path> made = new HashMap<>();

    ModuleCopies(Path scratch, Path base, List<FileOutcome> outcomes) {
        this.scratch = scratch;
        this.base = base;
        this.outcomes = List.copyOf(outcomes);
    }

    /** The copy of the module at {@code module}, with every changed file inside it as rewritten. */
    Path of(Path module) throws IOException {
        Path copy = made.get(module);
        if (copy == null) {
            copy = scratch.resolve("module-" + made.size());
            copyTree(module, copy);
            for (FileOutcome o : outcomes) {
                Path file = base.resolve(o.path()).normalize();
                if (o.status() == FileOutcome.Status.CHANGED && file.startsWith(module)) {
                    Files.write(copy.resolve(module.relativize(file)), o.after());
                }
            }
            made.put(module, copy);
        }
        return copy;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all.filter(p -> !hidden(from, p))::iterator) {
                Path target = to.resolve(from.relativize(p));
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, LinkOption.NOFOLLOW_LINKS);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
