package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reaches a terminal, decided in-process with a given {@link Terminal} (the real terminal
 * detection is {@link TerminalSessionTest}'s): escaping, colour and --color, stdout write errors.
 */
class TerminalOutputTest {
    private static final Path GATEWAY = Path.of("examples/kubernaut/test/infrastructure/gateway_e2e_hybrid.go");
    private static final String ESC_FOLDER = "evil\u001b]0;owned\u0007\u001b[2J";

    @TempDir
    Path root;

    @Test
    void controlCharactersInAFileNameAreEscapedOnStderrAndKeptInTheDiffOnAFile() throws IOException {
        Path target = copyGatewayInto(ESC_FOLDER);

        CliRunner r = CliRunner.run("run", root.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.stderr()).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("evil\\x1b]0;owned\\x07\\x1b[2J/gateway_e2e_hybrid.go:52");
        // stdout is a file here: the diff names the file as git quotes it, so that git apply finds it.
        assertThat(r.out()).doesNotContain("\u001b").contains("--- \"a/evil\\033]0;owned\\007\\033[2J/gateway_e2e_hybrid.go\"");
        assertThat(target).exists();
    }

    @Test
    void onATerminalStdoutIsEscapedToo() throws IOException {
        copyGatewayInto(ESC_FOLDER);

        Output o = Output.run(new Terminal(true, true, false), "run", root.toString());

        assertThat(o.out()).doesNotContain("\u001b").contains("--- \"a/evil\\033]0;owned\\007\\033[2J/gateway_e2e_hybrid.go\"");
        assertThat(o.out()).contains("\tfmt.Fprintln"); // tabs of Go code stay
    }

    @Test
    void colourFollowsStderrAndNoColorAndTheOption() throws IOException {
        copyGatewayInto("test/infrastructure");
        Terminal stderrOnly = new Terminal(false, true, false);
        Terminal noColor = new Terminal(false, true, true);

        assertThat(Output.run(stderrOnly, "run", root.toString()).err()).contains("\u001b[32mapplied\u001b[0m");
        assertThat(Output.run(new Terminal(true, false, false), "run", root.toString()).err()).doesNotContain("\u001b");
        assertThat(Output.run(noColor, "run", root.toString()).err()).doesNotContain("\u001b");
        assertThat(Output.run(noColor, "run", "--color=always", root.toString()).err()).contains("\u001b[32m");
        assertThat(Output.run(Terminal.NONE, "--color=always", "run", root.toString()).err()).contains("\u001b[32m");
        assertThat(Output.run(stderrOnly, "run", "--color=never", root.toString()).err()).doesNotContain("\u001b");
    }

    @Test
    void theHeaderIsNotPaintedAsAFailure() throws IOException {
        copyGatewayInto("test/infrastructure");

        String err = Output.run(Terminal.NONE, "run", "--color=always", root.toString()).err();

        assertThat(err.lines().findFirst().orElseThrow()).startsWith("FILE ").endsWith("STATUS").doesNotContain("\u001b");
    }

    @Test
    void aFailedWriteOnStdoutIsExit3WithAMessage() throws IOException {
        copyGatewayInto("test/infrastructure");

        for (String[] args : new String[][] {{"run", root.toString()}, {"run", "--json", root.toString()}, {"--help"}}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(new FullDisk(), err, Terminal.NONE, args);

            assertThat(exit).as(String.join(" ", args)).isEqualTo(ExitCodes.FAILED);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .endsWith("gorewrite: cannot write the output to stdout: No space left on device\n");
        }
    }

    @Test
    void aFailedWriteOnAPrintStreamThatHidesItIsExit3Too() throws IOException {
        copyGatewayInto("test/infrastructure");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Main.run(new PrintStream(new FullDisk()), new PrintStream(err), "run", root.toString());

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).endsWith("cannot write the output to stdout: write error\n");
    }

    @Test
    void jsonIsPrintedForUsageErrorsRecipeErrorsAndMissingPaths() throws IOException {
        Path recipes = Files.createDirectories(root.resolve("recipes"));
        Files.writeString(recipes.resolve("bad.yaml"), "id: Bad\n");
        Path missing = root.resolve("missing");

        assertError(CliRunner.run("--color=never", "run", "--json", "--bogus"), "run", 2,
                "gorewrite: Unknown option: '--bogus'");
        assertError(CliRunner.run("run", "--json", missing.toString()), "run", 2, missing + ": no such folder");
        assertError(CliRunner.run("check", "--json", "--recipes", recipes.toString(), root.toString()), "check", 2,
                recipes.resolve("bad.yaml") + ":1: id: 'Bad' is not a recipe id");
        // parse reports a missing path as one of its files, in its usual document, and parses the rest.
        CliRunner parse = CliRunner.run("parse", "--json", missing.toString());
        assertThat(parse.exit()).isEqualTo(3);
        assertThat(new String(parse.stdout(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"path\" : \"" + missing + "\"").contains("\"ioError\" : \"no such file or folder\"");
        assertError(CliRunner.run("run", "--json", "--branch", "x", root.toString()), "run", 2,
                "--branch and --json exclude each other");
    }

    private static void assertError(CliRunner r, String command, int exit, String message) throws IOException {
        assertThat(r.exit()).as(r.toString()).isEqualTo(exit);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(r.stdout())) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (p.nextToken() != null) {
                if (p.currentToken().isScalarValue()) {
                    fields.putIfAbsent(p.currentName(), p.getText());
                }
            }
        }
        assertThat(fields.get("command")).isEqualTo(command);
        assertThat(fields.get("exitCode")).isEqualTo(String.valueOf(exit));
        assertThat(fields.get("message")).startsWith(message);
        assertThat(r.stderr()).contains(message);
    }

    private Path copyGatewayInto(String folder) throws IOException {
        Path dir = Files.createDirectories(root.resolve(folder));
        return Files.copy(GATEWAY, dir.resolve(GATEWAY.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
    }

    /** What one in-process run printed, with {@code terminal} as the process's surroundings. */
    private record Output(String out, String err) {
        static Output run(Terminal terminal, String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Main.run(out, err, terminal, args);
            return new Output(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** /dev/full in-process: every write fails as it does there. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }
    }
}
