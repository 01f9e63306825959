package dev.gorewrite.cli;

import dev.gorewrite.engine.SafeWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The file `--pr-body` writes. It is often given as a path in the checkout, so an existing file
 * (perhaps tracked, with uncommitted work) is never replaced without --force. It is written whole
 * or not at all (a temp file beside it, then a rename) and gets mode 0644 less the umask, like any
 * file the user creates: a temp file's 0600 would hide it from a CI job reading it as another user.
 */
record PrBodyFile(Path file, boolean replace) {
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

    /** Writes {@code bytes} (see {@link SafeWriter#create}); the reason it did not, if it did not. */
    Optional<String> write(byte[] bytes) {
        return SafeWriter.create(file, bytes, replace)
                .map(why -> why.equals(SafeWriter.APPEARED) ? why + " (--force replaces it)" : why);
    }
}
