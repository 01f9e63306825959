package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gorewrite.TestTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files whose names hold a tab, a newline, a backslash, a quote or non-ASCII letters: the dry-run
 * diff quotes them as git does, so `git apply` takes the patch and gives what `--apply` writes.
 */
class OddNamesDiffTest {
    private static final List<String> NAMES = List.of("tab\there.go", "new\nline.go", "back\\slash.go", "caf\u00e9.go",
            "quote\"d.go", "plain.go");
    private static final String RECIPE = """
            id: test/rename
            title: old becomes renewed
            guide: test guide
            files: ["**/*.go"]
            edits:
              - guide: rename
                matches: all
                replace: {from: "old($X)", to: "renewed($X)"}
            """;

    @TempDir
    Path dir;

    @Test
    void thePatchOfOddNamesAppliesWithGitAndEqualsWhatApplyWrites() throws IOException {
        assumeTrue(TestTools.onPath("git").isPresent(), "git is not installed");
        Path recipes = Files.createDirectories(dir.resolve("recipes"));
        Files.writeString(recipes.resolve("r.yaml"), RECIPE);
        Path byPatch = tree("by-patch");
        Path byApply = tree("by-apply");

        CliRunner dry = CliRunner.run("run", "--recipes", recipes.toString(), byPatch.toString());
        Path patch = Files.write(dir.resolve("fix.patch"), dry.stdout());
        TestTools.run("git", "-C", byPatch.toString(), "apply", patch.toString());
        CliRunner applied = CliRunner.run("run", "--apply", "--recipes", recipes.toString(), byApply.toString());

        assertThat(dry.exit()).as(dry.toString()).isZero();
        assertThat(new String(dry.stdout(), StandardCharsets.UTF_8))
                .contains("diff --git \"a/tab\\there.go\" \"b/tab\\there.go\"")
                .contains("--- \"a/new\\nline.go\"").contains("+++ \"b/caf\\303\\251.go\"")
                .contains("diff --git a/plain.go b/plain.go");
        assertThat(applied.exit()).as(applied.toString()).isZero();
        for (String name : NAMES) {
            assertThat(Files.readString(byPatch.resolve(name))).as(name).isEqualTo("package p\n\nvar _ = renewed(1)\n")
                    .isEqualTo(Files.readString(byApply.resolve(name)));
        }
    }

    private Path tree(String name) throws IOException {
        Path root = Files.createDirectories(dir.resolve(name));
        for (String file : NAMES) {
            Files.writeString(root.resolve(file), "package p\n\nvar _ = old(1)\n");
        }
        TestTools.run("git", "-C", root.toString(), "init", "-q");
        return root;
    }
}
