package dev.gorewrite.engine;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Replaces a file's bytes without ever leaving it half-written: a temp file in the same folder,
 * the original's permissions, then an atomic rename. Refuses links, read-only files (by their
 * mode bits, which root would otherwise ignore), paths outside ROOT, and files changed on disk
 * since they were read.
 */
public final class SafeWriter {
    private SafeWriter() {}

    /** Writes {@code after} to {@code file}; the reason it did not, if it did not. */
    public static Optional<String> write(Path root, Path file, byte[] before, byte[] after) {
        try {
            if (Files.isSymbolicLink(file)) {
                return Optional.of("is a symbolic link; gorewrite does not follow links");
            }
            Path realRoot = root.toRealPath();
            Path real = file.toRealPath(LinkOption.NOFOLLOW_LINKS);
            if (!real.startsWith(realRoot)) {
                return Optional.of("is outside ROOT " + realRoot);
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            Set<PosixFilePermission> mode = posix == null ? null : posix.readAttributes().permissions();
            if (mode != null ? !mode.contains(PosixFilePermission.OWNER_WRITE) : !Files.isWritable(file)) {
                return Optional.of("is read-only; not changed");
            }
            if (!Arrays.equals(Files.readAllBytes(file), before)) {
                return Optional.of("changed on disk while gorewrite ran; not overwritten");
            }
            replace(file, after, mode);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot write: " + dev.gorewrite.io.IoReason.of(e));
        }
    }

    /**
     * Writes gorewrite's own output file (not a target) whole or not at all: a temp file in the
     * same folder, then a rename over whatever was there. The reason it did not, if it did not.
     */
    public static Optional<String> create(Path file, byte[] bytes) {
        try {
            replace(file.toAbsolutePath(), bytes, null);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot write: " + dev.gorewrite.io.IoReason.of(e));
        }
    }

    /** A temp file beside {@code file} with {@code mode} (if given), renamed over it. */
    private static void replace(Path file, byte[] bytes, Set<PosixFilePermission> mode) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".gorewrite");
        try {
            Files.write(temp, bytes);
            if (mode != null) {
                Files.setPosixFilePermissions(temp, mode);
            }
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
