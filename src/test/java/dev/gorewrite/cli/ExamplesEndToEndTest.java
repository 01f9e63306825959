package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.TestTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped examples, end to end through the CLI: the acceptance, as tests. */
class ExamplesEndToEndTest {
    private static final Path EXAMPLES = Path.of("examples/kubernaut");
    private static final Path EXPECTED = Path.of("examples/expected/test/infrastructure");
    private static final List<String> MIGRATED = List.of("remediationorchestrator", "gateway", "signalprocessing");
    private static final String DIR = "test/infrastructure/";

    @TempDir
    Path root;

    @BeforeEach
    void copyExamples() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = root.resolve(EXAMPLES.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    @Test
    void dryRunPrintsExactlyThreeFileDiffsAndChangesNothing() throws IOException {
        byte[] we = Files.readAllBytes(root.resolve(DIR + "workflowexecution_e2e_hybrid.go"));
        CliRunner r = CliRunner.run("run", root.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("diff --git ")))
                .containsExactly(MIGRATED.stream().sorted().map(s -> "diff --git a/" + DIR + s + "_e2e_hybrid.go b/"
                        + DIR + s + "_e2e_hybrid.go").toArray(String[]::new));
        for (String svc : MIGRATED) {
            assertThat(root.resolve(DIR + svc + "_e2e_hybrid.go")).hasSameBinaryContentAs(EXAMPLES.resolve(DIR + svc + "_e2e_hybrid.go"));
        }
        assertThat(Files.readAllBytes(root.resolve(DIR + "workflowexecution_e2e_hybrid.go"))).isEqualTo(we);
        assertThat(r.stderr()).contains("3 files: 3 to change, 0 unchanged, 0 failed");
    }

    @Test
    void applyGivesTheExpectedFilesThenCheckPassesAndASecondRunIsEmpty() throws IOException {
        assertThat(CliRunner.run("check", root.toString()).exit()).as("check before").isEqualTo(1);

        CliRunner apply = CliRunner.run("run", "--apply", root.toString());
        assertThat(apply.exit()).as(apply.toString()).isZero();
        for (String svc : MIGRATED) {
            assertThat(root.resolve(DIR + svc + "_e2e_hybrid.go"))
                    .hasSameBinaryContentAs(EXPECTED.resolve(svc + "_e2e_hybrid.go.golden"));
        }
        assertThat(root.resolve(DIR + "workflowexecution_e2e_hybrid.go"))
                .hasSameBinaryContentAs(EXAMPLES.resolve(DIR + "workflowexecution_e2e_hybrid.go"));

        CliRunner check = CliRunner.run("check", root.toString());
        assertThat(check.exit()).as(check.toString()).isZero();

        CliRunner again = CliRunner.run("run", "--exit-code", root.toString());
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.stdout()).isEmpty();
        assertThat(again.stderr()).doesNotContain(" applied").contains("already-applied")
                .contains("3 files: 0 to change, 3 unchanged, 0 failed");
    }

    @Test
    void theDryRunDiffAppliedByGitEqualsApply() throws Exception {
        Assumptions.assumeTrue(TestTools.onPath("git").isPresent(), "git not on PATH");
        CliRunner dry = CliRunner.run("run", root.toString());
        Path patch = Files.createTempFile(root, "gorewrite", ".patch"); // JUnit deletes it with the folder
        Files.write(patch, dry.stdout());
        Process git = new ProcessBuilder("git", "apply", "--whitespace=nowarn", patch.toString())
                .directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes());
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as(output).isZero();
        for (String svc : MIGRATED) {
            assertThat(root.resolve(DIR + svc + "_e2e_hybrid.go"))
                    .hasSameBinaryContentAs(EXPECTED.resolve(svc + "_e2e_hybrid.go.golden"));
        }
    }

    @Test
    void exitCodeReportsPendingChanges() {
        assertThat(CliRunner.run("run", "--exit-code", root.toString()).exit()).isEqualTo(1);
    }

    @Test
    void resultsAreGofmtClean() throws Exception {
        Assumptions.assumeTrue(TestTools.onPath("gofmt").isPresent(), "gofmt not on PATH");
        assertThat(gofmtList(root)).as("inputs").isEmpty();
        assertThat(CliRunner.run("run", "--apply", root.toString()).exit()).isZero();
        assertThat(gofmtList(root)).as("results are no further from gofmt than their inputs").isEmpty();
    }

    static String gofmtList(Path dir) throws Exception {
        Process p = new ProcessBuilder(TestTools.onPath("gofmt").orElseThrow().toString(), "-l", dir.toString()).redirectErrorStream(true).start();
        String listed = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return listed.strip();
    }
}
