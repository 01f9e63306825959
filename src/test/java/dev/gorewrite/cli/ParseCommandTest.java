package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.TestTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `parse` over paths some of which are bad: each bad one is named, the others are still parsed, exit 3. */
class ParseCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingPathIsReportedAndTheOthersAreStillParsed() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.go"), "package p\n\nfunc f( {\n");
        Path fine = Files.writeString(dir.resolve("fine.go"), "package p\n");

        Path link = Files.createSymbolicLink(dir.resolve("link.go"), fine);

        CliRunner r = CliRunner.run("parse", "--stats", fine.toString(), dir.resolve("nope.go").toString(), broken.toString(),
                link.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(r.stderr()).contains("nope.go: no such file or folder").contains(broken + ":3:")
                .doesNotContain("link.go");
        assertThat(r.out()).contains("files 4, failed 2");
    }

    @Test
    void aNamedPipeIsReportedWhetherNamedOrFoundInAFolder() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path named = dir.resolve("named.go");
        TestTools.run("mkfifo", named.toString(), sub.resolve("found.go").toString());
        Files.writeString(sub.resolve("fine.go"), "package p\n");

        CliRunner r = CliRunner.run("parse", named.toString(), sub.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(r.stderr()).contains(named + ": is a named pipe (FIFO), not a regular file; skipped")
                .contains(sub.resolve("found.go") + ": is a named pipe (FIFO), not a regular file; skipped")
                .doesNotContain("fine.go");
    }
}
