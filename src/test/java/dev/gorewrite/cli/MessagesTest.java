package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages a user can act on: what was wrong in their words, the same in every locale. */
class MessagesTest {
    @TempDir
    Path dir;

    @Test
    void aByteThatIsNotUtf8IsNamedAsThatByte() throws IOException {
        Path file = dir.resolve("latin1.go");
        Files.write(file, new byte[] {'p', 'a', 'c', 'k', 'a', 'g', 'e', ' ', 'p', '\n', 'v', 'a', 'r', ' ', 'x', ' ', '=',
                ' ', (byte) 0xFF, '\n'});

        CliRunner r = CliRunner.run("parse", file.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.FOUND);
        assertThat(r.stderr()).contains(file + ":2:9: invalid byte 0xFF (not UTF-8)").doesNotContain("U+DC");
    }

    @Test
    void aMissingRootIsCalledMissing() {
        Path missing = dir.resolve("nowhere");

        CliRunner r = CliRunner.run("run", missing.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).isEqualTo(missing + ": no such folder or file\n");
    }

    @Test
    void aFileAsRootIsAGoFileOrNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "package a\n");

        CliRunner r = CliRunner.run("check", file.toString());

        assertThat(r.stderr()).isEqualTo(file + ": not a folder or a .go file\n");
    }

    @Test
    void runJsonSaysFailedInATurkishLocale() throws IOException {
        Path infra = Files.createDirectories(dir.resolve("test/infrastructure"));
        Files.writeString(infra.resolve("gateway_e2e_hybrid.go"), "package infrastructure\n\nfunc f( {\n");
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR")); // where "FAILED".toLowerCase() is "faıled"
        try {
            CliRunner r = CliRunner.run("run", "--json", dir.toString());

            assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
            assertThat(r.out()).contains("\"status\" : \"failed\"").doesNotContain("\u0131");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** Lowercasing or uppercasing with the default locale: wrong words under tr, az, lt. */
    @Test
    void noCaseChangeInTheSourcesDependsOnTheLocale() throws IOException {
        java.util.regex.Pattern caseChange = java.util.regex.Pattern.compile("\\.to(Lower|Upper)Case\\(\\)");
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            found = files.filter(f -> f.toString().endsWith(".java")).flatMap(MessagesTest::lines)
                    .filter(line -> caseChange.matcher(line).find()).toList();
        }
        assertThat(found).isEmpty();
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(line -> file + ": " + line.strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
