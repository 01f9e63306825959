package dev.gorewrite.format;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The real gofmt, run as a filter (stdin to stdout). It is asked for the layout only: gorewrite
 * decides which of its changes to keep, so a gofmt of another version never reformats lines that
 * no edit touched in a file that was not clean.
 */
public record Gofmt(Path executable) {
    /**
     * The most sources one gofmt process lays out. A process costs about 4 ms of CPU before it
     * formats anything, as much as a 10 kB file (see {@link GofmtBatch}), but each file stays in
     * memory until its batch ran, long enough to be copied by the collector and promoted. On a
     * codemod changing 367 files of the Go standard library (2 cores): batches of 16 took 4.7 s,
     * of 8 4.6 s, of 4 4.1 s, of 2 4.5 s (medians of 5, two batches' worth of files waiting).
     */
    public static final int BATCH = 4;
    private static final Optional<Gofmt> ON_PATH = find(System.getenv("PATH"));

    public Gofmt {
        if (executable == null || !Files.isExecutable(executable)) {
            throw new IllegalArgumentException("not an executable gofmt: " + executable);
        }
    }

    /** The first executable {@code gofmt} on PATH, looked up once per run. */
    public static Optional<Gofmt> onPath() {
        return ON_PATH;
    }

    static Optional<Gofmt> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "gofmt");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(new Gofmt(candidate));
            }
        }
        return Optional.empty();
    }

    /**
     * gofmt run again on its own output until that output stays as it is (at most three times):
     * gofmt 1.19 is not always idempotent (a call whose last argument carries a line comment
     * before the closing parenthesis moves the comment on the first pass and re-spaces it on the
     * second), and a result must be one that {@code gofmt -l} does not list.
     */
    Pending<Optional<String>> settling(String source) {
        return settling(Optional.of(source), 0);
    }

    private Pending<Optional<String>> settling(Optional<String> previous, int pass) {
        return Pending.layout(this, previous.get()).then(next -> next.isEmpty() || next.equals(previous) || pass == 2
                ? Pending.ready(next) : settling(next, pass + 1));
    }

    /** How a {@code gofmt -w} ended: its exit code (-1: it could not run) and what it said on stderr. */
    record Run(int exit, String stderr) {
        Run {
            java.util.Objects.requireNonNull(stderr, "stderr");
        }
    }

    /**
     * gofmt's layout of a whole Go file (LF line ends, no BOM), or empty when gofmt refuses it (a
     * syntax error, bytes that are not UTF-8) or cannot be run. Concurrent calls share gofmt
     * processes (see {@link GofmtRunner}).
     */
    public Optional<String> format(String source) {
        CompletableFuture<Optional<String>> answer = answer(source);
        flush();
        return answer.join();
    }

    /** {@link #format}'s answer, to come once a batch ran; {@link #flush} runs the batch now. */
    public CompletableFuture<Optional<String>> answer(String source) {
        return GofmtRunner.of(this).submit(source);
    }

    /** Runs the sources asked so far without waiting for more: the asker has nothing else to do. */
    public void flush() {
        GofmtRunner.of(this).flush();
    }

    /** {@code gofmt -w} over {@code files}: each is rewritten in place unless gofmt refuses it. */
    Run rewriteInPlace(List<Path> files) {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-w"));
        files.forEach(f -> command.add(f.toString()));
        try {
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String stderr;
            try (InputStream err = p.getErrorStream()) {
                stderr = new String(err.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Run(p.waitFor(), stderr);
        } catch (IOException e) {
            return new Run(-1, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(-1, "");
        }
    }

    /** gofmt as a filter on one source: stdin to stdout. */
    Optional<String> filter(String source) {
        try {
            Process p = new ProcessBuilder(executable.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // gofmt reads all of stdin before it writes anything, so writing first cannot block on its output.
            try (OutputStream in = p.getOutputStream()) {
                in.write(source.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out;
            try (InputStream stdout = p.getInputStream()) {
                out = stdout.readAllBytes();
            }
            return p.waitFor() == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
