package dev.gorewrite.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The Go files under the paths a user names. Inside a named folder, {@code testdata} and
 * {@code vendor} folders and dot-folders are skipped, as the go tool does; a path named directly
 * is always taken. Links are not followed. The result is sorted, so output order never depends on
 * the file system.
 */
public final class SourceTree {
    private SourceTree() {}

    public static List<Path> goFiles(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.add(root);
            } else if (Files.isDirectory(root)) {
                walk(root, files);
            }
        }
        files.sort(null);
        return files;
    }

    private static void walk(Path root, List<Path> files) {
        walkGoFiles(root, (file, attrs) -> {
            if (attrs.isRegularFile()) {
                files.add(file);
            }
        });
    }

    /**
     * Calls {@code onGoFile} for every {@code *.go} entry below {@code root} (links included, as
     * links: they are not followed), skipping the folders {@link #isSkipped} names; unreadable
     * entries are passed over.
     */
    public static void walkGoFiles(Path root, BiConsumer<Path, BasicFileAttributes> onGoFile) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skip = !dir.equals(root) && isSkipped(dir.getFileName().toString());
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isDirectory() && file.getFileName().toString().endsWith(".go")) {
                        onGoFile.accept(file, attrs);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isSkipped(String folderName) {
        return folderName.equals("testdata") || folderName.equals("vendor") || folderName.startsWith(".");
    }
}
