package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `guide GUIDE [ROOT]` beyond its golden reports: without ROOT, -o DIR, --json, and `run --guide`
 * with --apply, --json and --branch, on the mixed-formats guide (a BEFORE/AFTER argument line, a
 * DELETE of a function, a NEW FILE and a YAML step) over a small tree.
 */
class GuideCommandRunTest {
    private static final String GUIDE = "src/test/resources/guides/mixed-formats.md";
    private static final Path TREE = Path.of("src/test/resources/guide-runs/mixed-formats/tree");

    @TempDir
    Path tmp;

    Path root;

    @BeforeEach
    void tree() throws Exception {
        root = tmp.resolve("tree");
        GitRepos.copy(TREE, root);
    }

    @Test
    void withoutRootTheDraftedEditsFollowTheReadingWithoutAStatus() {
        CliRunner r = CliRunner.run("guide", GUIDE);

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("4 file section(s), 4 step(s)").contains("drafted steps of mixed-formats.md:\n")
                .contains("mixed-formats.md:22  Handler  [drafted]\n    edit: delete-declaration legacyHandler  (handler.yaml, edit 1)\n")
                .contains("mixed-formats.md:43  Manifests  [manual]\n").doesNotContain("status:")
                .endsWith("4 steps: 3 drafted, 0 need review, 1 manual\n");
    }

    @Test
    void withRootEveryGoStepAppliesAndTheManualOneIsNamed() {
        CliRunner r = CliRunner.run("guide", GUIDE, root.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("    status: applied  internal/api/handler.go:11\n")
                .contains("    status: manual\n").contains("every Go step applies")
                .contains("diff --git a/internal/api/health.go b/internal/api/health.go\nnew file mode 100644\n");
        assertThat(root.resolve("internal/api/health.go")).doesNotExist();
    }

    @Test
    void outputWritesTheDraftsThatRunLoadsAndRefusesToOverwriteThem() throws Exception {
        Path drafts = tmp.resolve("drafts");
        CliRunner written = CliRunner.run("guide", "-o", drafts.toString(), GUIDE, root.toString());
        assertThat(written.exit()).as(written.toString()).isZero();
        assertThat(written.stderr()).contains("wrote 3 drafted recipe file(s) to " + drafts);
        try (var files = Files.list(drafts)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("handler.yaml", "health.yaml", "main.yaml");
        }

        CliRunner fromFiles = CliRunner.run("run", "--recipes", drafts.toString(), root.toString());
        CliRunner fromGuide = CliRunner.run("guide", GUIDE, root.toString());
        assertThat(fromFiles.exit()).as(fromFiles.toString()).isZero();
        assertThat(fromGuide.out()).endsWith(fromFiles.out());

        Files.writeString(drafts.resolve("main.yaml"), "# reviewed by hand\n");
        CliRunner again = CliRunner.run("guide", "-o", drafts.toString(), GUIDE, root.toString());
        assertThat(again.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.stderr()).contains("main.yaml: exists; gorewrite does not overwrite it");
        assertThat(drafts.resolve("main.yaml")).hasContent("# reviewed by hand\n");
        assertThat(CliRunner.run("guide", "-o", drafts.toString(), "--force", GUIDE, root.toString()).exit()).isZero();
        assertThat(Files.readString(drafts.resolve("main.yaml"))).contains("id: ");
        assertThat(CliRunner.run("guide", "--force", GUIDE).exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void jsonNamesEachStepsCertaintyAndStatus() throws Exception {
        CliRunner r = CliRunner.run("guide", "--json", GUIDE, root.toString());

        JsonNode doc = new ObjectMapper().readTree(r.stdout());
        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> certainties = new ArrayList<>();
        doc.get("steps").forEach(s -> certainties.add(s.get("certainty").asText() + " " + s.get("status").asText()));
        assertThat(certainties).containsExactly("drafted applied", "drafted applied", "drafted applied", "manual manual");
        JsonNode handler = doc.get("steps").get(1);
        assertThat(handler.get("line").asInt()).isEqualTo(22);
        assertThat(handler.get("kind").asText()).isEqualTo("delete-declaration");
        assertThat(handler.get("where").asText()).isEqualTo("internal/api/handler.go:11");
        assertThat(doc.get("checks")).isEmpty();
        assertThat(doc.get("files")).extracting(f -> f.get("path").asText())
                .containsExactly("cmd/server/main.go", "internal/api/handler.go", "internal/api/health.go");
    }

    @Test
    void jsonOnTheFixGuideNamesTheStepsThatNeedAPersonAndEachChecksResult() throws Exception {
        Path fixGuide = Path.of("../shared/guide/fix-guide.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(fixGuide), fixGuide + " is not here");

        CliRunner r = CliRunner.run("guide", "--json", fixGuide.toString(), "examples/kubernaut");

        JsonNode doc = new ObjectMapper().readTree(r.stdout());
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
        List<String> review = new ArrayList<>();
        doc.get("steps").forEach(s -> {
            if (s.get("certainty").asText().equals("needs-review")) {
                review.add(s.get("line").asInt() + " " + s.get("status").asText() + " " + s.get("edit").isNull());
            }
        });
        assertThat(review).containsExactly("174 needs-review true", "210 needs-review true");
        assertThat(doc.get("checks")).isNotEmpty().allSatisfy(c -> assertThat(c.get("result").asText())
                .isIn(CheckResult.HOLDS, CheckResult.FAILS, CheckResult.NOT_RUN));
    }

    @Test
    void jsonWithoutRootHasNoStatusAndAnErrorIsAJsonDocument() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(CliRunner.run("guide", "--json", GUIDE).stdout());
        assertThat(doc.get("steps").get(0).get("status").isNull()).isTrue();
        assertThat(doc.get("steps").get(3).get("edit").isNull()).isTrue();

        CliRunner missing = CliRunner.run("guide", "--json", tmp.resolve("nope.md").toString());
        JsonNode error = new ObjectMapper().readTree(missing.stdout());
        assertThat(error.get("command").asText()).isEqualTo("guide");
        assertThat(error.get("exitCode").asInt()).isEqualTo(ExitCodes.USAGE);
        assertThat(error.get("errors").get(0).get("message").asText()).contains("nope.md: cannot read");
    }

    @Test
    void aRootThatIsNoFolderIsAUsageError() {
        CliRunner r = CliRunner.run("guide", GUIDE, tmp.resolve("nowhere").toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).contains("nowhere: no such folder");
    }

    @Test
    void runGuideRunsTheDraftsAndSaysWhatItLeavesToAPerson() {
        CliRunner dry = CliRunner.run("run", "--guide", GUIDE, root.toString());
        CliRunner guide = CliRunner.run("guide", GUIDE, root.toString());

        assertThat(dry.exit()).as(dry.toString()).isZero();
        assertThat(guide.out()).endsWith(dry.out());
        assertThat(dry.stderr()).contains("note: mixed-formats.md:43 Manifests: manual, nothing applied: not Go");

        CliRunner applied = CliRunner.run("run", "--guide", GUIDE, "--apply", root.toString());
        assertThat(applied.exit()).as(applied.toString()).isZero();
        assertThat(root.resolve("internal/api/health.go")).hasContent("package api\n\nfunc Health() string { return \"ok\" }\n");
        assertThat(root.resolve("internal/api/handler.go")).content().doesNotContain("legacyHandler");
    }

    @Test
    void runGuideWithJsonAndExclusiveOptions() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(CliRunner.run("run", "--guide", GUIDE, "--json", root.toString()).stdout());
        assertThat(doc.get("mode").asText()).isEqualTo("dry-run");
        assertThat(doc.get("summary").get("changed").asInt()).isEqualTo(3);

        CliRunner both = CliRunner.run("run", "--guide", GUIDE, "--recipes", tmp.toString(), root.toString());
        assertThat(both.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.stderr()).contains("--guide and --recipes exclude each other");
    }

    @Test
    void runGuideOnABranchCommitsTheEditedAndTheNewFiles() throws Exception {
        GitRepos.isolate(Files.createDirectories(tmp.resolve("home")));
        Path work = tmp.resolve("work");
        try (Git git = GitRepos.init(work, root)) {
            Path body = tmp.resolve("pr.md");
            CliRunner r = CliRunner.run("run", "--guide", GUIDE, "--branch", "guide/flags", "--pr-body", body.toString(),
                    work.toString());

            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(body).content().contains("run --guide " + GUIDE + " --branch guide/flags");
            assertThat(GitRepos.changedPaths(git.getRepository(), "guide/flags"))
                    .containsExactly("cmd/server/main.go", "internal/api/handler.go", "internal/api/health.go");
            assertThat(git.status().call().isClean()).isTrue();
        } finally {
            GitRepos.restore();
        }
    }

    /** README's guide and the recipe shown beside it: the drafter makes that recipe from that guide. */
    @Test
    void theReadmesExampleGuideDraftsTheRecipeShownBesideIt() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int guideAt = readme.indexOf("````markdown\n# Health endpoint") + "````markdown\n".length();
        String guide = readme.substring(guideAt, readme.indexOf("````\n", guideAt));
        int yamlAt = readme.indexOf("```yaml\n", guideAt) + "```yaml\n".length();
        String shown = readme.substring(yamlAt, readme.indexOf("```\n", yamlAt));
        Path dir = Files.createDirectories(tmp.resolve("example"));
        Files.writeString(dir.resolve("guide.md"), guide);

        CliRunner r = CliRunner.run("guide", "-o", dir.resolve("drafts").toString(), dir.resolve("guide.md").toString(),
                root.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        String drafted = Files.readString(dir.resolve("drafts/handler.yaml"))
                .replace(dir.resolve("guide.md").toString(), "guide.md").replace(java.time.LocalDate.now().toString(), "2026-11-29");
        assertThat(drafted.strip()).isEqualTo(shown.strip());
    }

}
