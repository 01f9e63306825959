package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeWriterTest {
    private static final byte[] BEFORE = "package p\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AFTER = "package q\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    @Test
    void replacesTheBytesAndKeepsTheMode() throws Exception {
        Path f = write("a.go", BEFORE);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-x---"));

        assertThat(SafeWriter.write(root, f, BEFORE, AFTER)).isEmpty();

        assertThat(Files.readAllBytes(f)).isEqualTo(AFTER);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rwxr-x---");
        try (var files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.go");
        }
    }

    @Test
    void refusesAFileChangedSinceItWasRead() throws Exception {
        Path f = write("a.go", "package edited\n".getBytes(StandardCharsets.UTF_8));

        assertThat(SafeWriter.write(root, f, BEFORE, AFTER)).hasValueSatisfying(m -> assertThat(m).contains("changed on disk"));
        assertThat(Files.readString(f)).isEqualTo("package edited\n");
    }

    @Test
    void refusesAReadOnlyFileEvenForRoot() throws Exception {
        Path f = write("a.go", BEFORE);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));

        assertThat(SafeWriter.write(root, f, BEFORE, AFTER)).hasValueSatisfying(m -> assertThat(m).contains("read-only"));
        assertThat(Files.readAllBytes(f)).isEqualTo(BEFORE);
    }

    @Test
    void refusesLinksAndPathsOutsideRoot(@TempDir Path outside) throws Exception {
        Path target = outside.resolve("b.go");
        Files.write(target, BEFORE);
        Path link = Files.createSymbolicLink(root.resolve("b.go"), target);

        assertThat(SafeWriter.write(root, link, BEFORE, AFTER)).hasValueSatisfying(m -> assertThat(m).contains("symbolic link"));
        assertThat(SafeWriter.write(root, target, BEFORE, AFTER)).hasValueSatisfying(m -> assertThat(m).contains("outside ROOT"));
        assertThat(Files.readAllBytes(target)).isEqualTo(BEFORE);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(root.resolve(name), bytes);
    }
}
