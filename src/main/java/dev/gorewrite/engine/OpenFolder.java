package dev.gorewrite.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A target's folder, opened once and checked to be the folder under ROOT that its path names; every
 * later step (read, temp file, attributes, rename) works relative to that open folder, so a folder
 * on the path swapped for a link meanwhile cannot redirect the write elsewhere.
 */
final class OpenFolder implements AutoCloseable {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path path;
    private final Path realRoot;
    private final SecureDirectoryStream<Path> dir;
    private final Object key;

    private OpenFolder(Path path, Path realRoot, SecureDirectoryStream<Path> dir) throws IOException {
        this.path = path;
        this.realRoot = realRoot;
        this.dir = dir;
        this.key = dir.getFileAttributeView(PosixFileAttributeView.class).readAttributes().fileKey();
    }

    /** Opens {@code folder}: inside ROOT and writable for its owner (the rule for files), or refused. */
    static OpenFolder open(Path root, Path folder) throws IOException, WriteRefused {
        Path realRoot = root.toRealPath();
        DirectoryStream<Path> stream = Files.newDirectoryStream(folder);
        if (!(stream instanceof SecureDirectoryStream<Path> secure)) {
            stream.close();
            throw new WriteRefused("cannot be written safely: this file system offers no writes relative to an open folder");
        }
        OpenFolder opened = new OpenFolder(folder, realRoot, secure);
        try {
            opened.requireInRoot("is outside ROOT " + realRoot);
            opened.requireWritable();
            return opened;
        } catch (IOException | WriteRefused e) {
            opened.close();
            throw e;
        }
    }

    /**
     * Refuses unless the folder's path still leads, without links, into ROOT and to the folder that
     * was opened (a swap between opening and this check shows as another inode).
     */
    void requireInRoot(String outside) throws IOException, WriteRefused {
        Path real = path.toRealPath();
        if (!real.startsWith(realRoot)) {
            throw new WriteRefused(outside);
        }
        if (!Files.readAttributes(real, BasicFileAttributes.class).fileKey().equals(key)) {
            throw new WriteRefused("its folder was moved or replaced while gorewrite ran; not changed");
        }
    }

    /** As for a file, the owner's write bit decides (root may write anywhere, but the mode says no). */
    private void requireWritable() throws IOException, WriteRefused {
        Set<PosixFilePermission> mode = dir.getFileAttributeView(PosixFileAttributeView.class).readAttributes().permissions();
        if (!mode.contains(PosixFilePermission.OWNER_WRITE)) {
            throw new WriteRefused("is in a read-only folder (" + PosixFilePermissions.toString(mode) + "); not changed");
        }
    }

    /** The file {@code name} in this folder, not following a link. */
    FileState state(Path name) throws IOException, WriteRefused {
        PosixFileAttributes a = dir.getFileAttributeView(name, PosixFileAttributeView.class, NOFOLLOW).readAttributes();
        // Mode and link count only come by path; the inode check ties them to the file opened here.
        Map<String, Object> unix = Files.readAttributes(path.resolve(name), "unix:fileKey,mode,nlink", NOFOLLOW);
        if (!a.fileKey().equals(unix.get("fileKey"))) {
            throw new WriteRefused("its folder was moved or replaced while gorewrite ran; not changed");
        }
        return new FileState(a.fileKey(), a.size(), a.lastModifiedTime(), a.isRegularFile(), a.permissions(),
                a.owner(), a.group(), (Integer) unix.get("mode"), (Integer) unix.get("nlink"));
    }

    byte[] read(Path name) throws IOException {
        try (SeekableByteChannel in = dir.newByteChannel(name, Set.of(StandardOpenOption.READ, NOFOLLOW));
                InputStream stream = Channels.newInputStream(in)) {
            return stream.readAllBytes();
        }
    }

    /** A new file of {@code bytes} here, short-named (a long target name must still fit), owner-only until dressed. */
    Path createTemp(byte[] bytes) throws IOException {
        Path temp = path.getFileSystem().getPath(".gorewrite-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        Set<OpenOption> create = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, NOFOLLOW);
        var ownerOnly = PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE));
        try (SeekableByteChannel out = dir.newByteChannel(temp, create, ownerOnly)) {
            for (ByteBuffer buffer = ByteBuffer.wrap(bytes); buffer.hasRemaining(); ) {
                out.write(buffer);
            }
        }
        return temp;
    }

    /**
     * Gives {@code temp} the target's owner, group and mode: ownership first, since a change of owner
     * clears setuid and setgid.
     */
    void dress(Path temp, FileState target) throws IOException, WriteRefused {
        PosixFileAttributeView view = dir.getFileAttributeView(temp, PosixFileAttributeView.class, NOFOLLOW);
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.owner().equals(target.owner())) {
                view.setOwner(target.owner());
            }
            if (!now.group().equals(target.group())) {
                view.setGroup(target.group());
            }
        } catch (IOException e) {
            throw new WriteRefused("belongs to " + target.owner().getName() + ":" + target.group().getName()
                    + ", which gorewrite cannot give the new content (" + e.getMessage() + "); not changed");
        }
        view.setPermissions(target.permissions());
        if ((target.mode() & FileState.SPECIAL_BITS) != 0) {
            // Only a path reaches these bits; the check of the folder before the rename covers it.
            Files.setAttribute(path.resolve(temp), "unix:mode", target.mode() & 07777, NOFOLLOW);
        }
    }

    /** Renames {@code temp} over {@code name} inside this folder (rename relative to the open folder: atomic). */
    void rename(Path temp, Path name) throws IOException {
        dir.move(temp, dir, name);
    }

    void deleteIfPresent(Path name) throws IOException {
        try {
            dir.deleteFile(name);
        } catch (NoSuchFileException e) {
            // already renamed into place
        }
    }

    @Override
    public void close() throws IOException {
        dir.close();
    }
}
