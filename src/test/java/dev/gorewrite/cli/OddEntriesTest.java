package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.TestTools;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries of a tree that are not plain readable Go files (a pipe or a device named {@code *.go}, a
 * folder that cannot be listed, a name the JVM cannot spell): each is named with its reason and
 * counts as a failure (exit 3), and every other file is still migrated.
 */
class OddEntriesTest {
    private static final String REC = """
            id: test/rename
            title: "rename foo to bar"
            guide: "test"
            files: ["**/*.go"]
            edits:
              - guide: "rename"
                optional: true
                replace:
                  from: foo($X)
                  to: bar($X)
            """;

    @TempDir
    Path tmp;

    Path root;
    Path recipes;

    @BeforeEach
    void tree() throws IOException {
        root = Files.createDirectories(tmp.resolve("root"));
        recipes = Files.createDirectories(tmp.resolve("rec"));
        Files.writeString(recipes.resolve("rec.yaml"), REC);
        Files.writeString(root.resolve("a.go"), "package p\n\nfunc f() { foo(1) }\n");
    }

    @AfterEach
    void removeDeepFolders() {
        // JUnit cannot delete a tree deeper than PATH_MAX; rm walks it relative to each folder.
        TestTools.run("rm", "-rf", root.toString());
    }

    @Test
    void aNamedPipeCalledGoIsReportedAndSkippedByApplyAndCheck() throws IOException {
        Path sub = Files.createDirectories(root.resolve("sub"));
        TestTools.run("mkfifo", sub.resolve("pipe.go").toString());

        CliRunner apply = run("run", "--apply");
        CliRunner check = run("check");

        assertThat(apply.exit()).as(apply.toString()).isEqualTo(3);
        assertThat(apply.stderr()).contains("sub/pipe.go: is a named pipe (FIFO), not a regular file; skipped");
        assertThat(Files.readString(root.resolve("a.go"))).contains("bar(1)");
        assertThat(check.exit()).as(check.toString()).isEqualTo(3);
        assertThat(check.stderr()).contains("sub/pipe.go: is a named pipe (FIFO), not a regular file; skipped");
    }

    @Test
    void aDeviceCalledGoIsNeverRead() {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "only root makes device nodes");
        TestTools.run("mknod", root.resolve("zero.go").toString(), "c", "1", "5");

        CliRunner dry = run("run");

        assertThat(dry.exit()).as(dry.toString()).isEqualTo(3);
        assertThat(dry.stderr()).contains("zero.go: is a character device, not a regular file; skipped");
        assertThat(dry.out()).contains("+func f() { bar(1) }");
    }

    /**
     * As root every folder can be listed whatever its mode, so the folder here fails for another
     * reason: it lies deeper than the longest path the system accepts (PATH_MAX).
     */
    @Test
    void aFolderThatCannotBeListedIsReportedAndFailsEveryCommand() {
        // Built from the bottom up, so that no single call names a path longer than PATH_MAX.
        TestTools.run("sh", "-c", "cd \"$1\" && mkdir c && printf 'package p\\n' > c/deep.go && for i in $(seq 20); do"
                + " mkdir x && mv c x/$(printf '%0240d' $i) && mv x c || exit 1; done", "sh", root.toString());

        CliRunner apply = run("run", "--apply");
        CliRunner pending = run("run", "--exit-code");
        CliRunner check = run("check");

        for (CliRunner r : new CliRunner[] {apply, pending, check}) {
            assertThat(r.exit()).as(r.toString()).isEqualTo(3);
            assertThat(r.stderr()).containsPattern("0+\\d+: cannot (list folder|read): File name too long");
        }
        assertThat(root.resolve("a.go")).content().contains("bar(1)");
    }

    @Test
    void aNameThatIsNotValidInTheFileNameEncodingIsSkippedWithAMessage() {
        TestTools.run("sh", "-c", "printf 'package p\\n\\nfunc g() { foo(2) }\\n' > \"$1/$(printf 'caf\\351')_test.go\"",
                "sh", root.toString());

        CliRunner apply = run("run", "--apply");

        assertThat(apply.exit()).as(apply.toString()).isEqualTo(3);
        assertThat(apply.stderr()).containsPattern("caf.+_test\\.go: its name cannot be read in the file-name encoding \\(.+\\); skipped");
        assertThat(root.resolve("a.go")).content().contains("bar(1)");
    }

    /** In the C locale the JVM cannot spell a UTF-8 name at all; a run in such a JVM must still go on. */
    @Test
    void aNonAsciiNameInTheCLocaleIsSkippedNotAnInternalError() throws Exception {
        Files.writeString(root.resolve("café.go"), "package p\n\nfunc g() { foo(2) }\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The main classes and libraries only: test resources would add the built-in recipes a second time.
        String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classPath,
                "dev.gorewrite.cli.Main", "run", "--recipes", recipes.toString(), root.toString()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("LC_ALL", "C");
        Process run = builder.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(run.waitFor()).as(output).isEqualTo(3);
        assertThat(output).doesNotContain("internal error").contains("+func f() { bar(1) }")
                .containsPattern("caf.+\\.go: its name cannot be read in the file-name encoding \\(ANSI_X3.4-1968\\); skipped");
    }

    @Test
    void aPipeInTheWorkingTreeStopsFromWorktreeWithItsName(@TempDir Path home) throws Exception {
        Path repo = tmp.resolve("repo");
        GitRepos.isolate(home);
        try (Git git = GitRepos.init(repo, root)) {
            Files.delete(repo.resolve("a.go"));
            TestTools.run("mkfifo", repo.resolve("a.go").toString());

            CliRunner r = CliRunner.run("run", "--recipes", recipes.toString(), "--branch", "fix", "--from-worktree",
                    repo.toString());

            assertThat(r.exit()).as(r.toString()).isEqualTo(3);
            assertThat(r.stderr()).contains("a.go: is a named pipe (FIFO), not a regular file");
            assertThat(git.getRepository().findRef("fix")).isNull();
        } finally {
            GitRepos.restore();
        }
    }

    private CliRunner run(String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--recipes";
        all[args.length + 1] = recipes.toString();
        all[args.length + 2] = root.toString();
        return CliRunner.run(all);
    }
}
