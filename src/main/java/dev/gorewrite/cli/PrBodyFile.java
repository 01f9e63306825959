package dev.gorewrite.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;

/**
 * The file `--pr-body` writes. It is often given as a path in the checkout, so an existing file
 * (perhaps tracked, with uncommitted work) is never replaced without --force. It is written whole
 * or not at all (a temp file beside it, then a rename) and gets mode 0644 less the umask, like any
 * file the user creates: a temp file's 0600 would hide it from a CI job reading it as another user.
 */
record PrBodyFile(Path file, boolean replace) {
    private static final FileAttribute<?>[] RW_R_R = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"))}
            : new FileAttribute<?>[0];

    PrBodyFile {
        Objects.requireNonNull(file, "file");
    }

    /** Why the file may not be written, known before any work: it exists (without --force), or is a folder. */
    Optional<String> refusal() {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("is a folder");
        }
        if (!replace && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("exists; gorewrite does not overwrite it: choose another path, or pass --force to replace it");
        }
        return Optional.empty();
    }

    /** Writes {@code bytes}; the reason it did not, if it did not. */
    Optional<String> write(byte[] bytes) {
        Path target = file.toAbsolutePath();
        try {
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".gorewrite", RW_R_R);
            try {
                Files.write(temp, bytes);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return Optional.empty();
        } catch (FileAlreadyExistsException e) {
            return Optional.of("appeared while gorewrite ran; not overwritten (--force replaces it)");
        } catch (IOException e) {
            return Optional.of("cannot write: " + e.getMessage());
        }
    }

    /** Without --force a plain rename, which refuses a file that appeared meanwhile; an atomic one would replace it. */
    private void move(Path temp, Path target) throws IOException {
        if (!replace) {
            Files.move(temp, target);
            return;
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
