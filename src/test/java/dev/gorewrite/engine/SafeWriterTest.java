package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
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

    @Test
    void aFolderSwappedForALinkBeforeTheRenameIsRefused(@TempDir Path outside) throws Exception {
        Path sub = Files.createDirectories(root.resolve("sub"));
        Path f = Files.write(sub.resolve("a.go"), BEFORE);
        Path victim = readOnlyVictim(outside);

        Optional<String> refused = SafeWriter.write(root, f, BEFORE, AFTER, () -> swapForLink(sub, outside));

        assertThat(refused).hasValueSatisfying(m -> assertThat(m).contains("folder"));
        assertThat(Files.readAllBytes(victim)).isEqualTo(BEFORE);
        assertThat(Files.readAllBytes(root.resolve("sub.real/a.go"))).isEqualTo(BEFORE);
    }

    /** A thread swaps the folder for a link outside ROOT and back while the writer writes, again and again. */
    @Test
    void aRacingFolderSwapNeverWritesOutsideRoot(@TempDir Path outside) throws Exception {
        Path sub = Files.createDirectories(root.resolve("sub"));
        Path victim = readOnlyVictim(outside);
        AtomicBoolean stop = new AtomicBoolean();
        Object folder = new Object(); // held while the folder is swapped, and to reset the file between writes
        List<Optional<String>> results = new ArrayList<>();
        Thread racer = new Thread(() -> {
            while (!stop.get()) {
                synchronized (folder) {
                    swapForLink(sub, outside);
                    swapBack(sub);
                }
            }
        });
        racer.start();
        try {
            for (int i = 0; i < 400; i++) {
                results.add(SafeWriter.write(root, sub.resolve("a.go"), BEFORE, AFTER));
                assertThat(Files.readAllBytes(victim)).as("attempt " + i + ": " + results).isEqualTo(BEFORE);
                synchronized (folder) {
                    Files.write(sub.resolve("a.go"), BEFORE);
                }
            }
        } finally {
            stop.set(true);
            racer.join();
        }
        assertThat(Files.readAllBytes(victim)).isEqualTo(BEFORE);
        assertThat(results).as("some writes got through between the swaps").contains(Optional.empty());
    }

    @Test
    void anEditLandingJustBeforeTheRenameIsKept() throws Exception {
        Path f = write("a.go", BEFORE);
        byte[] theirs = "package theirs\n".getBytes(StandardCharsets.UTF_8);

        Optional<String> refused = SafeWriter.write(root, f, BEFORE, AFTER, () -> overwrite(f, theirs));

        assertThat(refused).hasValueSatisfying(m -> assertThat(m).contains("changed on disk"));
        assertThat(Files.readAllBytes(f)).isEqualTo(theirs);
    }

    @Test
    void keepsOwnerGroupAndTheSpecialModeBits() throws Exception {
        Assumptions.assumeTrue(isRoot(), "only root can give a file to another owner");
        Path f = write("a.go", BEFORE);
        Files.setAttribute(f, "unix:uid", 4321);
        Files.setAttribute(f, "unix:gid", 4322);
        Files.setAttribute(f, "unix:mode", 07754);

        assertThat(SafeWriter.write(root, f, BEFORE, AFTER)).isEmpty();

        assertThat(Files.readAllBytes(f)).isEqualTo(AFTER);
        assertThat(Files.getAttribute(f, "unix:uid")).isEqualTo(4321);
        assertThat(Files.getAttribute(f, "unix:gid")).isEqualTo(4322);
        assertThat(Integer.toOctalString((Integer) Files.getAttribute(f, "unix:mode") & 07777)).isEqualTo("7754");
    }

    @Test
    void refusesAFileWithSeveralHardLinksAndSaysWhy() throws Exception {
        Path f = write("a.go", BEFORE);
        Path other = Files.createLink(root.resolve("b.go"), f);

        assertThat(SafeWriter.write(root, f, BEFORE, AFTER)).hasValueSatisfying(m -> assertThat(m).contains("2 hard links"));
        assertThat(Files.readAllBytes(f)).isEqualTo(BEFORE);
        assertThat(Files.isSameFile(f, other)).isTrue();
    }

    @Test
    void writesAFileWhoseNameIsNearTheLimit() throws Exception {
        Path f = write("a".repeat(252) + ".go", BEFORE);

        assertThat(SafeWriter.write(root, f, BEFORE, AFTER)).isEmpty();

        assertThat(Files.readAllBytes(f)).isEqualTo(AFTER);
    }

    @Test
    void refusesAFileInAReadOnlyFolderEvenForRoot() throws Exception {
        Path sub = Files.createDirectories(root.resolve("sub"));
        Path f = Files.write(sub.resolve("a.go"), BEFORE);
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThat(SafeWriter.write(root, f, BEFORE, AFTER))
                    .hasValueSatisfying(m -> assertThat(m).contains("read-only folder"));
            assertThat(Files.readAllBytes(f)).isEqualTo(BEFORE);
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static Path readOnlyVictim(Path outside) throws IOException {
        Path victim = Files.write(outside.resolve("a.go"), BEFORE);
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("r--r--r--"));
        return victim;
    }

    /** Moves {@code sub} aside to {@code sub.real} and puts a link to {@code outside} in its place. */
    private static void swapForLink(Path sub, Path outside) {
        try {
            Files.move(sub, sub.resolveSibling("sub.real"));
            Files.createSymbolicLink(sub, outside);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void swapBack(Path sub) {
        try {
            Files.delete(sub);
            Files.move(sub.resolveSibling("sub.real"), sub);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void overwrite(Path f, byte[] bytes) {
        try {
            Files.write(f, bytes, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRoot() throws IOException {
        return "root".equals(Files.getOwner(Path.of(System.getProperty("java.io.tmpdir"))).getName())
                && "root".equals(System.getProperty("user.name"));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(root.resolve(name), bytes);
    }
}
