package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideCommandTest {
    private static final Path CLEAN = Path.of("../shared/guide/fix-guide.md");

    @Test
    void reportsEachStepWithItsLineLocationBlocksAndKind() {
        assumeTrue(Files.isRegularFile(CLEAN), CLEAN + " is not here");
        CliRunner r = CliRunner.run("guide", CLEAN.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        assertThat(r.out()).contains("text: no damaged text\n")
                .contains("test/infrastructure/gateway_e2e_hybrid.go  [2. Gateway, line 146]\n")
                .contains("    55  Change 2: Modify Phase 1 Build  -> replace\n        location: lines ~75-78\n"
                        + "        CHANGE FROM (go, line 60): go func() {  (+4 lines)\n")
                .contains("   130  Change 6: REMOVE tagDataStorageImageInKind function  -> delete-declaration\n")
                .contains("  -> repeat Gateway step 4\n        with \"gateway\" -> \"signalprocessing\" (inferred from the file names)\n")
                .contains("   224  ✅ NO `tagDataStorageImageInKind()` function  [tagDataStorageImageInKind()]\n")
                .contains("3 file section(s), 14 step(s) (0 manual), 7 validation(s) (5 naming code)\n");
    }

    @Test
    void namesSectionsWithoutAFileAndUnlabelledBlocks() {
        CliRunner r = CliRunner.run("guide", "src/test/resources/guides/mixed-formats.md");
        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        assertThat(r.out()).contains("cmd/server/main.go  [cmd/server/main.go, line 3]\n")
                .contains("(no file named)  [Manifests, line 41]\n    43  Manifests  -> manual\n")
                .contains("        (unlabelled) (shell, line 58): kubectl get deploy -o yaml | grep healthz\n")
                .contains("4 file section(s), 4 step(s) (1 manual), 0 validation(s) (0 naming code)\n");
    }

    @Test
    void saysHowMuchDamagedTextItRepaired() {
        Path delivered = Path.of("../shared/guide/fix-guide.as-delivered.md");
        assumeTrue(Files.isRegularFile(delivered), delivered + " is not here");
        CliRunner r = CliRunner.run("guide", delivered.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(0);
        assertThat(r.out()).containsPattern("text: repaired \\d+ damaged run\\(s\\), \\d+ left with lost bytes\n")
                .contains("DELETE SECTION (go, line 102, DAMAGED code)")
                .contains("3 file section(s), 14 step(s) (0 manual), 7 validation(s) (5 naming code)\n");
    }

    @Test
    void aFileWithNoStepsOrNoFileIsAUsageError(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.md"), "# Notes\n\nNothing to change here.\n");
        CliRunner none = CliRunner.run("guide", notes.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.stderr()).contains("no file sections or steps found");
        CliRunner missing = CliRunner.run("guide", dir.resolve("nope.md").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.stderr()).contains("nope.md: cannot read");
    }

    @Test
    void helpNamesRootAndTheOptions() {
        CliRunner r = CliRunner.run("guide", "--help");
        assertThat(r.out()).contains("GUIDE\n").contains("[ROOT]").contains("-o, --output=DIR").contains("--force").contains("--json")
                .contains("3 with ROOT: some Go step does not apply");
    }
}
