package dev.gorewrite;

import dev.gorewrite.format.Gofmt;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Where tests find what lives outside the project: executables on PATH (gofmt, git, mkfifo), and
 * the Go standard library's source through {@code go env GOROOT}, never at a fixed distribution path.
 */
public final class TestTools {
    private static Optional<Path> corpus;

    private TestTools() {}

    /** The gofmt on PATH that gorewrite itself would use; a test that needs it is skipped without it. */
    public static Gofmt gofmt() {
        Assumptions.assumeTrue(Gofmt.onPath().isPresent(), "gofmt is not on PATH");
        return Gofmt.onPath().orElseThrow();
    }

    /** The executable {@code name} found on PATH, if any. */
    public static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * The Go standard library's {@code src} folder (links resolved): {@code -Dgo.corpus} when it is
     * set, else {@code $(go env GOROOT)/src}; empty when there is none.
     */
    public static synchronized Optional<Path> goCorpus() {
        if (corpus == null) {
            String given = System.getProperty("go.corpus", "");
            Optional<Path> src = given.isBlank() ? goRoot().map(root -> root.resolve("src")) : Optional.of(Path.of(given));
            corpus = src.filter(Files::isDirectory).map(TestTools::real);
        }
        return corpus;
    }

    private static Optional<Path> goRoot() {
        Optional<Path> go = onPath("go");
        if (go.isEmpty()) {
            return Optional.empty();
        }
        String out = run(go.get().toString(), "env", "GOROOT").strip();
        return out.isEmpty() ? Optional.empty() : Optional.of(Path.of(out));
    }

    /** Runs a command, waits for it, and returns its stdout; a failure (exit not 0) fails the test. */
    public static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " failed");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
