package dev.gorewrite.engine;

import dev.gorewrite.io.IoReason;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;

/**
 * Replaces a target's bytes without ever leaving it half-written and without writing anywhere but
 * where it read: the target's folder is opened and checked to be under ROOT, and everything after
 * happens relative to it (see {@link OpenFolder}); a temp file there gets the original's owner,
 * group and whole mode, then is renamed over it. Refuses links, files that are not regular,
 * read-only files and folders (by their mode bits, which root would otherwise ignore), files with
 * several hard links (a rename would split them), paths outside ROOT, and files changed on disk
 * since they were read, checked once more just before the rename.
 */
public final class SafeWriter {
    private SafeWriter() {}

    /** Writes {@code after} to {@code file}; the reason it did not, if it did not. */
    public static Optional<String> write(Path root, Path file, byte[] before, byte[] after) {
        return write(root, file, before, after, () -> {});
    }

    /** As {@link #write}; {@code beforeRename} runs just before the last checks, so tests can race them. */
    static Optional<String> write(Path root, Path file, byte[] before, byte[] after, Runnable beforeRename) {
        if (Files.isSymbolicLink(file)) {
            return Optional.of("is a symbolic link; gorewrite does not follow links");
        }
        try (OpenFolder folder = OpenFolder.open(root, file.toAbsolutePath().getParent())) {
            replace(folder, file.getFileName(), before, after, beforeRename);
            return Optional.empty();
        } catch (WriteRefused e) {
            return Optional.of(e.getMessage());
        } catch (IOException e) {
            return Optional.of("cannot write: " + IoReason.of(e));
        }
    }

    private static void replace(OpenFolder folder, Path name, byte[] before, byte[] after, Runnable beforeRename)
            throws IOException, WriteRefused {
        FileState read = unchanged(folder, name, before, null);
        Path temp = folder.createTemp(after);
        try {
            folder.dress(temp, read);
            beforeRename.run();
            folder.requireInRoot("its folder was replaced by a link out of ROOT while gorewrite ran; not changed");
            unchanged(folder, name, before, read);
            folder.rename(temp, name);
        } finally {
            folder.deleteIfPresent(temp);
        }
    }

    /**
     * The target's state, refused if it may not be replaced or no longer holds {@code before}
     * (or, given {@code earlier}, is not the file it was then, unwritten since).
     */
    private static FileState unchanged(OpenFolder folder, Path name, byte[] before, FileState earlier)
            throws IOException, WriteRefused {
        FileState now = folder.state(name);
        Optional<String> refusal = now.refusal();
        if (refusal.isPresent()) {
            throw new WriteRefused(refusal.get());
        }
        if ((earlier != null && !now.unchangedSince(earlier)) || !Arrays.equals(folder.read(name), before)) {
            throw new WriteRefused("changed on disk while gorewrite ran; not overwritten");
        }
        return now;
    }

    /**
     * Creates the target {@code relative} under ROOT (a recipe's new file) with {@code bytes}: its
     * missing folders are made one by one, each checked to be a real folder inside ROOT (never a
     * link), then the file is written as {@link #create(Path, byte[], boolean)} writes it, refusing
     * one that appeared meanwhile. The reason it did not, if it did not.
     */
    public static Optional<String> createTarget(Path root, String relative, byte[] bytes) {
        Path file = root.resolve(relative);
        try {
            makeFolders(root, root.relativize(file).getParent());
            try (OpenFolder folder = OpenFolder.open(root, file.toAbsolutePath().getParent())) {
                folder.requireInRoot("is outside ROOT; not created");
            }
        } catch (WriteRefused e) {
            return Optional.of(e.getMessage());
        } catch (IOException e) {
            return Optional.of("cannot create its folder: " + IoReason.of(e));
        }
        return create(file, bytes, false);
    }

    /** Each folder of {@code folders} below ROOT, made when missing; a link or a non-folder on the way is refused. */
    private static void makeFolders(Path root, Path folders) throws IOException, WriteRefused {
        Path at = root;
        for (int i = 0; folders != null && i < folders.getNameCount(); i++) {
            at = at.resolve(folders.getName(i));
            if (Files.notExists(at, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(at);
            }
            if (!Files.isDirectory(at, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new WriteRefused("its folder " + root.relativize(at) + " is a link or not a folder; not created");
            }
        }
    }

    /** Why {@link #create} did not write a file it was not to replace: one appeared while gorewrite ran. */
    public static final String APPEARED = "appeared while gorewrite ran; not overwritten";

    /** {@link #create(Path, byte[], boolean)}, replacing whatever is there. */
    public static Optional<String> create(Path file, byte[] bytes) {
        return create(file, bytes, true);
    }

    /**
     * Writes gorewrite's own output file (not a target: a PR description, a test's snapshot) whole
     * or not at all: a temp file in the same folder, then a rename; without {@code replace} a plain
     * rename that refuses a file that appeared meanwhile. The file gets mode 0644 less the umask,
     * like any file the user creates (a temp file's 0600 would hide it from another user). The
     * reason it did not write, if it did not.
     */
    public static Optional<String> create(Path file, byte[] bytes, boolean replace) {
        Path target = file.toAbsolutePath();
        try {
            Path temp = Files.createTempFile(target.getParent(), ".gorewrite-", ".tmp", RW_R_R);
            try {
                Files.write(temp, bytes);
                if (replace) {
                    move(temp, target);
                } else {
                    Files.move(temp, target);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return Optional.empty();
        } catch (FileAlreadyExistsException e) {
            return Optional.of(APPEARED);
        } catch (IOException e) {
            return Optional.of("cannot write: " + IoReason.of(e));
        }
    }

    private static final FileAttribute<?>[] RW_R_R =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? new FileAttribute<?>[] {PosixFilePermissions
                            .asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"))}
                    : new FileAttribute<?>[0];

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
