package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gorewrite.format.Gofmt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden guide run under src/test/resources/guide-runs (see the README there). */
class GuideRunCasesTest {
    private static final Path RUNS = Path.of("src/test/resources/guide-runs");
    private static final boolean UPDATE = Boolean.getBoolean("guide.update");

    @TempDir
    Path tmp;

    static Stream<String> runs() throws IOException {
        try (Stream<Path> dirs = Files.list(RUNS)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theReportAndDiffAreAsExpected(String name) throws IOException {
        Case c = Case.of(RUNS.resolve(name));
        CliRunner r = CliRunner.run("guide", c.guide().toString(), c.root().toString());

        String out = normalized(r.out());
        int diff = out.indexOf("diff --git ");
        String report = diff < 0 ? out : out.substring(0, diff);
        String patch = diff < 0 ? "" : out.substring(diff);
        if (UPDATE) {
            Files.writeString(c.dir().resolve("expected-report.txt"), report);
            Files.writeString(c.dir().resolve("expected.diff"), patch);
            Files.writeString(c.dir().resolve("exit"), r.exit() + "\n");
        }
        assertThat(report).as(r.stderr()).isEqualTo(Files.readString(c.dir().resolve("expected-report.txt")));
        assertThat(patch).isEqualTo(Files.readString(c.dir().resolve("expected.diff")));
        assertThat(r.exit()).isEqualTo(Integer.parseInt(Files.readString(c.dir().resolve("exit")).strip()));
    }

    /** `run --guide --apply` writes what the diff showed; the guide on the result then finds nothing to change. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void applyingTheDraftsLeavesNothingForASecondRun(String name) throws IOException {
        Case c = Case.of(RUNS.resolve(name));
        Path copy = tmp.resolve("tree");
        GitRepos.copy(c.root(), copy);

        CliRunner applied = CliRunner.run("run", "--guide", c.guide().toString(), "--apply", copy.toString());
        CliRunner again = CliRunner.run("guide", c.guide().toString(), copy.toString());

        assertThat(applied.exit()).as(applied.toString())
                .isEqualTo(Integer.parseInt(Files.readString(c.dir().resolve("exit")).strip()) == 0 ? 0 : 3);
        assertThat(again.out()).as(again.toString()).doesNotContain("diff --git").doesNotContain("status: applied");
        if (Files.exists(c.dir().resolve("after"))) {
            Path after = Path.of(Files.readString(c.dir().resolve("after"), StandardCharsets.UTF_8).strip());
            try (Stream<Path> files = Files.walk(after)) {
                for (Path expected : files.filter(Files::isRegularFile).toList()) {
                    assertThat(copy.resolve(after.relativize(expected).toString())).as(expected.toString())
                            .hasSameBinaryContentAs(expected);
                }
            }
        }
    }

    /** The damaged copy of the fix guide drafts the same edits with the same statuses and the same diff as the clean one. */
    @org.junit.jupiter.api.Test
    void theDamagedFixGuideComesOutAsTheCleanOne() throws IOException {
        Case clean = Case.of(RUNS.resolve("fix-guide"));
        Case damaged = Case.of(RUNS.resolve("fix-guide-as-delivered"));

        assertThat(Files.readString(damaged.dir().resolve("expected.diff")))
                .isEqualTo(Files.readString(clean.dir().resolve("expected.diff")));
        assertThat(steps(damaged)).isEqualTo(steps(clean)).isNotEmpty();
    }

    /** Each step's heading, certainty and status lines, without its guide line (the damaged copy has other lines). */
    private static java.util.List<String> steps(Case c) throws IOException {
        return Files.readAllLines(c.dir().resolve("expected-report.txt")).stream()
                .filter(l -> l.matches(".*\\[(drafted|needs review|manual)\\]$") || l.startsWith("    status: "))
                .map(l -> l.replaceFirst("^\\S+:\\d+  ", "")).toList();
    }

    /** Today's date, wherever a note or a header carries it, as DATE. */
    private static String normalized(String text) {
        return text.replace(LocalDate.now().toString(), "DATE");
    }

    /** One run's folder: its guide, its ROOT. */
    private record Case(Path dir, Path guide, Path root) {
        static Case of(Path dir) throws IOException {
            assumeTrue(Gofmt.onPath().isPresent() || !Files.exists(dir.resolve("needs-gofmt")), "gofmt is not on PATH");
            Path guide = Path.of(Files.readString(dir.resolve("guide"), StandardCharsets.UTF_8).strip());
            assumeTrue(Files.isRegularFile(guide), guide + " is not here");
            Path root = Files.exists(dir.resolve("root"))
                    ? Path.of(Files.readString(dir.resolve("root"), StandardCharsets.UTF_8).strip()) : dir.resolve("tree");
            return new Case(dir, guide, root);
        }
    }
}
