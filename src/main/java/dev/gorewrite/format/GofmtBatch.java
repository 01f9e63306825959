package dev.gorewrite.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Sources laid out by one gofmt process: each is written to a private temporary folder, one
 * {@code gofmt -w} rewrites them all, and each is read back. A process costs about 4 ms of CPU
 * before it formats anything, as much as formatting a 10 kB file, so one per batch rather than
 * one per file halves what gofmt costs a codemod that changes hundreds of files. A source gofmt
 * refuses (it names its file on stderr) comes back empty, as from the filter.
 */
final class GofmtBatch {
    private GofmtBatch() {}

    /** gofmt's layout of each source, in order: one process for them all (a filter for one alone). */
    static List<Optional<String>> run(Gofmt gofmt, List<String> sources) {
        return sources.size() == 1 ? List.of(gofmt.filter(sources.get(0))) : inFiles(gofmt, sources);
    }

    private static List<Optional<String>> inFiles(Gofmt gofmt, List<String> sources) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("gorewrite-gofmt");
            List<Path> files = write(dir, sources);
            Gofmt.Run run = gofmt.rewriteInPlace(files);
            return read(files, run);
        } catch (IOException e) {
            return sources.stream().map(s -> Optional.<String>empty()).toList();
        } finally {
            delete(dir);
        }
    }

    private static List<Path> write(Path dir, List<String> sources) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            files.add(Files.writeString(dir.resolve(i + ".go"), sources.get(i), StandardCharsets.UTF_8));
        }
        return files;
    }

    /**
     * Each file as gofmt left it; empty for one its messages (stderr, {@code path:line:col: …})
     * name, and for all when it failed without naming any (it could not run, or was killed).
     */
    private static List<Optional<String>> read(List<Path> files, Gofmt.Run run) throws IOException {
        List<Optional<String>> out = new ArrayList<>();
        boolean anyNamed = false;
        for (Path f : files) {
            boolean named = run.stderr().startsWith(f + ":") || run.stderr().contains("\n" + f + ":");
            anyNamed |= named;
            out.add(named ? Optional.empty() : Optional.of(Files.readString(f, StandardCharsets.UTF_8)));
        }
        if (run.exit() != 0 && !anyNamed) {
            return files.stream().map(f -> Optional.<String>empty()).toList();
        }
        return out;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind costs nothing but space; the layout itself is done
        }
    }
}
