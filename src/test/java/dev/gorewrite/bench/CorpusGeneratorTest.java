package dev.gorewrite.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.TestTools;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.SyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus, small: 40 files, 0.3 MB. */
class CorpusGeneratorTest {
    private static final int FILES = 40;
    private static final long BYTES = 300_000;
    private static final Optional<Path> GOFMT = TestTools.onPath("gofmt");

    @TempDir
    static Path tmp;
    private static Path corpus;
    private static Map<String, byte[]> files;

    @BeforeAll
    static void generate() throws IOException {
        corpus = tmp.resolve("a");
        CorpusGenerator.Summary summary = CorpusGenerator.generate(corpus, FILES, BYTES,
                CorpusGenerator.DEFAULT_SEED, CorpusGenerator.DEFAULT_EXAMPLES);
        files = read(corpus);
        assertThat(summary.files()).isEqualTo(FILES);
        assertThat(summary.bytes()).isEqualTo(files.values().stream().mapToLong(b -> b.length).sum());
    }

    @Test
    void hasTheRequestedFileCountAndSize() {
        assertThat(files).hasSize(FILES);
        assertThat(files.keySet()).allMatch(p -> p.endsWith(".go"));
        long total = files.values().stream().mapToLong(b -> b.length).sum();
        assertThat(total).isBetween(Math.round(BYTES * 0.9), Math.round(BYTES * 1.1));
    }

    @Test
    void sameArgumentsGiveTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        Path again = tmp.resolve("b");
        CorpusGenerator.generate(again, FILES, BYTES, CorpusGenerator.DEFAULT_SEED, CorpusGenerator.DEFAULT_EXAMPLES);
        Map<String, byte[]> second = read(again);
        assertThat(second.keySet()).containsExactlyElementsOf(files.keySet());
        for (String path : files.keySet()) {
            assertThat(second.get(path)).as(path).isEqualTo(files.get(path));
        }

        Path other = tmp.resolve("c");
        CorpusGenerator.generate(other, FILES, BYTES, CorpusGenerator.DEFAULT_SEED + 1, CorpusGenerator.DEFAULT_EXAMPLES);
        Map<String, byte[]> third = read(other);
        boolean differs = !third.keySet().equals(files.keySet())
                || files.keySet().stream().anyMatch(p -> !Arrays.equals(files.get(p), third.get(p)));
        assertThat(differs).as("another seed gives another tree").isTrue();
    }

    @Test
    void holdsTheFourExampleServiceFilesUnchanged() throws IOException {
        try (Stream<Path> s = Files.list(CorpusGenerator.DEFAULT_EXAMPLES)) {
            List<Path> examples = s.filter(p -> p.toString().endsWith(".go")).toList();
            assertThat(examples).hasSize(4);
            for (Path example : examples) {
                String inCorpus = CorpusGenerator.EXAMPLES_TARGET + "/" + example.getFileName();
                assertThat(files.get(inCorpus)).as(inCorpus).isEqualTo(Files.readAllBytes(example));
            }
        }
    }

    @Test
    void looksLikeAMonorepoOfVariedGo() {
        assertThat(files.keySet()).anyMatch(p -> p.startsWith("services/") && p.contains("/internal/"));
        assertThat(files.keySet()).anyMatch(p -> p.startsWith("services/") && p.contains("/cmd/"));
        assertThat(files.keySet()).anyMatch(p -> p.startsWith("pkg/"));
        assertThat(files.keySet()).anyMatch(p -> p.endsWith("_test.go"));
        String all = files.entrySet().stream()
                .filter(e -> !e.getKey().startsWith(CorpusGenerator.EXAMPLES_TARGET))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
                .reduce("", String::concat);
        assertThat(all).contains(
                "type ", " struct {", "`json:\"", " interface {", "func (", "[T any", "comparable", "~int |",
                "go func(", "select {", "case <-ctx.Done():", "switch v := v.(type) {", "map[string]", "= `\n",
                "fmt.Errorf(", "%w", "t.Run(tt.name", "= iota", "sync.WaitGroup",
                // the calls of common names the codemod benchmark (bench/codemods.sh) rewrites; its rare
                // ioutil.ReadFile is in about 3% of the files, too few for this small tree
                "\"github.com/pkg/errors\"", "errors.Wrap(err, \"", "\"github.com/go-logr/logr\"",
                "log.V(0).Info(\"", "log.V(1).Info(\"", "log.Error(err, \"", "time.Sleep(");
        long distinctSizes = files.values().stream().mapToInt(b -> b.length).distinct().count();
        assertThat(distinctSizes).isGreaterThan(FILES / 2);
    }

    @Test
    void everyFileParses() {
        List<SyntaxError> errors = new ArrayList<>();
        files.forEach((path, bytes) -> errors.addAll(GoFile.parse(path, bytes).errors()));
        assertThat(errors).isEmpty();
    }

    @Test
    void gofmtAcceptsEveryFileAndWouldChangeNothing() throws Exception {
        Assumptions.assumeTrue(GOFMT.isPresent(), "gofmt not on PATH");
        // -e: report every syntax error; -l: list the files whose formatting differs from gofmt's
        Path errFile = tmp.resolve("gofmt.err");
        Process p = new ProcessBuilder(GOFMT.orElseThrow().toString(), "-e", "-l", corpus.toString())
                .redirectError(errFile.toFile())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(errFile);
        assertThat(err).as("gofmt -e errors").isEmpty();
        assertThat(p.exitValue()).as("gofmt exit code").isZero();
        assertThat(out).as("files gofmt -l would reformat").isEmpty();
    }

    /** Every regular file under dir by relative path ('/'-separated), in path order. */
    private static Map<String, byte[]> read(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
