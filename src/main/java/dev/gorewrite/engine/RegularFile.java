package dev.gorewrite.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads only regular files: opening a named pipe blocks until someone writes to it, and a device
 * such as /dev/zero never ends, so either would hang or exhaust a run. Shared by every reader of a
 * target on disk (the tree walk, `parse`, the git working tree).
 */
public final class RegularFile {
    private static final int TYPE_BITS = 0170000;

    private RegularFile() {}

    /** Why {@code file} (not following a link) is not read, if it is not a regular file. */
    public static Optional<String> whyNot(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isRegularFile()) {
            return Optional.empty();
        }
        return Optional.of("is " + kind(file, attrs) + ", not a regular file; skipped");
    }

    /** The bytes of {@code file}, refused (as an I/O error that says why) unless it is a regular file. */
    public static byte[] read(Path file) throws IOException {
        Optional<String> not = whyNot(file);
        if (not.isPresent()) {
            throw new IOException(not.get());
        }
        return Files.readAllBytes(file);
    }

    /** Refuses, naming {@code file}, anything but a regular file; for readers that open it themselves. */
    public static void require(Path file) throws IOException {
        Optional<String> not = whyNot(file);
        if (not.isPresent()) {
            throw new IOException(file + ": " + not.get());
        }
    }

    private static String kind(Path file, BasicFileAttributes attrs) {
        if (attrs.isDirectory()) {
            return "a folder";
        }
        if (attrs.isSymbolicLink()) {
            return "a symbolic link";
        }
        try {
            return switch ((Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & TYPE_BITS) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "something else";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "something else"; // no Unix mode to tell which
        }
    }
}
