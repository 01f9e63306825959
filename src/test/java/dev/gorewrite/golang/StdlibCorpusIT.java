package dev.gorewrite.golang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.gorewrite.TestTools;
import dev.gorewrite.engine.Parallel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Go standard library from Debian's golang-1.19-src is the parser's corpus: every file outside
 * testdata must parse and give back its bytes; in testdata (deliberately broken files among them)
 * we must reject exactly the files gofmt rejects. CI installs the package; a missing corpus fails
 * there and is skipped elsewhere.
 */
class StdlibCorpusIT {
    private static final Path CORPUS = TestTools.goCorpus().orElse(null);
    private static final Optional<Path> GOFMT = TestTools.onPath("gofmt");

    /** Rejected by go/parser for reasons that need type information we do not model, with why. */
    private static final Set<String> KNOWN_ACCEPTED = Set.of(
            // `[10]bool[1]{}`: go/parser wants a type inside the instantiation brackets; we take any expression.
            "go/types/testdata/fixedbugs/issue48827.go");

    @BeforeAll
    static void corpusPresent() {
        if (CORPUS == null) {
            if (System.getenv("CI") != null) {
                fail("Go corpus missing (no `go env GOROOT`/src, no -Dgo.corpus): .ci/run installs golang-1.19-src");
            }
            Assumptions.abort("Go corpus missing: no `go env GOROOT`/src and no -Dgo.corpus (apt-get install golang-go golang-1.19-src)");
        }
    }

    @Test
    void everyStandardLibraryFileParsesAndRoundTrips() throws IOException {
        List<Path> files = goFiles(false);
        long start = System.nanoTime();
        List<ParseOutcome> outcomes = Parallel.map(files, StdlibCorpusIT::parse);
        double seconds = (System.nanoTime() - start) / 1e9;

        long bytes = outcomes.stream().mapToLong(ParseOutcome::bytes).sum();
        long fallbacks = outcomes.stream().filter(ParseOutcome::llFallback).count();
        System.out.printf(Locale.ROOT, "stdlib corpus: %d files, %.1f MB, %.1f s, %d SLL fallbacks%n",
                files.size(), bytes / 1e6, seconds, fallbacks);

        assertThat(files).hasSizeGreaterThan(4000);
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.errors()).as(o.path()).isEmpty();
            assertThat(o.roundTripExact()).as("round trip of " + o.path()).isTrue();
        });
        assertThat(fallbacks).as("files that needed LL prediction").isZero();
    }

    @Test
    void rejectsExactlyTheTestdataFilesGofmtRejects() throws Exception {
        Assumptions.assumeTrue(GOFMT.isPresent(), "gofmt not on PATH");
        List<Path> files = goFiles(true);
        Set<String> ours = Parallel.map(files, StdlibCorpusIT::parse).stream()
                .filter(o -> !o.errors().isEmpty())
                .map(o -> relative(Path.of(o.path())))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> gofmt = rejectedByGofmt(files);

        Set<String> weAccept = new TreeSet<>(gofmt);
        weAccept.removeAll(ours);
        Set<String> weReject = new TreeSet<>(ours);
        weReject.removeAll(gofmt);
        assertThat(gofmt).as("gofmt finds broken testdata files").hasSizeGreaterThan(40);
        assertThat(weReject).as("valid Go that we reject").isEmpty();
        assertThat(weAccept).as("broken Go that we accept").isEqualTo(KNOWN_ACCEPTED);
    }

    private static Set<String> rejectedByGofmt(List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(GOFMT.orElseThrow().toString(), "-e", "-l"));
        files.forEach(f -> command.add(f.toString()));
        Process gofmt = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(gofmt.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(gofmt.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Set<String> rejected = new TreeSet<>();
        Matcher m = java.util.regex.Pattern.compile("(?m)^(.+?\\.go):\\d+:\\d+: ").matcher(stderr);
        while (m.find()) {
            rejected.add(relative(Path.of(m.group(1))));
        }
        return rejected;
    }

    private static ParseOutcome parse(Path file) {
        try {
            return ParseOutcome.of(GoFile.parse(file.toString(), Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> goFiles(boolean inTestdata) throws IOException {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p))
                    .filter(p -> isInTestdata(relative(p)) == inTestdata)
                    .sorted()
                    .toList();
        }
    }

    private static boolean isInTestdata(String relativePath) {
        return relativePath.startsWith("testdata/") || relativePath.contains("/testdata/");
    }

    private static String relative(Path p) {
        return CORPUS.relativize(p).toString().replace('\\', '/');
    }
}
