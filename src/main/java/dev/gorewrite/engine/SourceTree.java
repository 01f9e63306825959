package dev.gorewrite.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Go files under the paths a user names. Inside a named folder, {@code testdata} and
 * {@code vendor} folders and dot-folders are skipped, as the go tool does; a path named directly
 * is always taken. Links are not followed. What cannot be taken (a missing path, a folder that
 * cannot be listed, a pipe or device) is reported, never passed over in silence. The result is
 * sorted, so output order never depends on the file system.
 */
public final class SourceTree {
    private SourceTree() {}

    /** What a walk meets: a {@code *.go} entry (a link or pipe too: the caller decides), or a failure. */
    public interface Visitor {
        void goFile(Path file, BasicFileAttributes attrs);

        void failed(Path path, String reason);
    }

    /** The regular Go files under {@code roots}, and what was skipped, each sorted by path. */
    public record GoFiles(List<Path> files, List<Skipped> skipped) {
        public GoFiles {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    public static GoFiles goFiles(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                walk(root, files, skipped);
            } else {
                named(root, files, skipped);
            }
        }
        files.sort(null);
        skipped.sort((a, b) -> a.path().compareTo(b.path()));
        return new GoFiles(files, skipped);
    }

    /** A path named directly: taken when it is a regular file (a link to one too), else reported. */
    private static void named(Path path, List<Path> files, List<Skipped> skipped) {
        try {
            Optional<String> not = Files.isRegularFile(path) ? Optional.empty() : RegularFile.whyNot(path);
            not.ifPresentOrElse(why -> skipped.add(new Skipped(path, why)), () -> files.add(path));
        } catch (IOException e) {
            skipped.add(new Skipped(path, Files.notExists(path, LinkOption.NOFOLLOW_LINKS)
                    ? "no such file or folder" : "cannot read: " + reason(e)));
        }
    }

    private static void walk(Path root, List<Path> files, List<Skipped> skipped) {
        walkGoFiles(root, new Visitor() {
            @Override
            public void goFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(file);
                } else if (attrs.isOther()) {
                    skipped.add(new Skipped(file, whyNot(file)));
                }
            }

            @Override
            public void failed(Path path, String reason) {
                skipped.add(new Skipped(path, reason));
            }
        });
    }

    /** Why a walked entry that is no regular file (nor link) is skipped. */
    static String whyNot(Path file) {
        try {
            return RegularFile.whyNot(file).orElse("changed while gorewrite ran; skipped");
        } catch (IOException e) {
            return "cannot read: " + reason(e);
        }
    }

    /**
     * Calls {@code visitor} for every {@code *.go} entry below {@code root} (links included, as
     * links: they are not followed), skipping the folders {@link #isSkipped} names, and for every
     * entry that could not be read or listed.
     */
    public static void walkGoFiles(Path root, Visitor visitor) {
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
                        visitor.goFile(file, attrs);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    boolean folder = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
                    visitor.failed(file, (folder ? "cannot list folder: " : "cannot read: ") + reason(e)
                            + (folder ? "; the Go files in it are not looked at" : ""));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The system's reason for a failure (an access error's message is only the path). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    public static boolean isSkipped(String folderName) {
        return folderName.equals("testdata") || folderName.equals("vendor") || folderName.startsWith(".");
    }

    /**
     * {@code file} relative to {@code root}, its folders joined by '/' whatever the system's
     * separator: a '\\' in a Linux file name stays part of that name.
     */
    public static String relative(Path root, Path file) {
        StringBuilder out = new StringBuilder();
        for (Path part : root.relativize(file)) {
            out.append(out.length() == 0 ? "" : "/").append(part);
        }
        return out.toString();
    }
}
