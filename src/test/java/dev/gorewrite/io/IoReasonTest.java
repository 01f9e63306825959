package dev.gorewrite.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.engine.SafeWriter;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** I/O failures say why, not only where (the JDK's exceptions carry just the path). */
class IoReasonTest {
    @TempDir
    Path dir;

    @Test
    void aFileInAMissingFolderCannotBeWrittenBecauseTheFolderIsMissing() {
        Path file = dir.resolve("no-such-folder/pr.md");

        assertThat(SafeWriter.create(file, new byte[] {'x'})).contains("cannot write: no such file or folder");
    }

    @Test
    void aFolderInPlaceOfTheFileIsNamedInTheSystemsWords() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pr.md"));
        Files.writeString(folder.resolve("inside"), "x");

        assertThat(SafeWriter.create(folder, new byte[] {'x'})).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("cannot write: ").doesNotContain(dir.toString()).doesNotContain("Exception"));
    }

    @Test
    void eachKindHasWords() {
        assertThat(IoReason.of(new NoSuchFileException("a.go"))).isEqualTo("no such file or folder");
        assertThat(IoReason.of(new AccessDeniedException("a.go"))).isEqualTo("permission denied");
        assertThat(IoReason.of(new FileSystemException("a.go", null, "No space left on device")))
                .isEqualTo("No space left on device");
        assertThat(IoReason.of(new FileSystemException("a.go"))).isEqualTo("input/output error");
    }
}
