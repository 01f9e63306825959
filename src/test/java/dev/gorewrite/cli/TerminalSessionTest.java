package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gorewrite in a real terminal: a tmux session (its own server socket) running bash, commands
 * typed with send-keys, what the terminal received recorded with pipe-pane and what it shows read
 * with capture-pane. Colour and the progress line follow stderr, whatever stdout is.
 */
class TerminalSessionTest {
    private static final Path EXAMPLES = Path.of("examples/kubernaut").toAbsolutePath();
    private static final String GREEN = "\u001b[32m";

    @TempDir
    Path dir;

    private String socket;
    private Path paneLog;

    @BeforeEach
    void startTmux() throws Exception {
        assumeTrue(onPath("tmux"), "tmux is not installed");
        socket = "gorewrite-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        paneLog = dir.resolve("pane.log");
        tmux("new-session", "-d", "-s", "t", "-x", "200", "-y", "50", "env", "-u", "NO_COLOR", "TERM=xterm",
                "PS1=$ ", "bash", "--norc", "--noprofile");
        tmux("pipe-pane", "-t", "t", "-o", "cat >> '" + paneLog + "'");
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (socket != null) {
            tmux("kill-server");
        }
    }

    @Test
    void withStdoutInAFileTheTableIsPaintedOnTheTerminalAndThePatchHasNoColour() throws Exception {
        Path patch = dir.resolve("fix.patch");

        int exit = typeAndWait(gorewrite("run", EXAMPLES.toString()) + " > " + patch);

        assertThat(exit).isZero();
        assertThat(received()).contains(GREEN + "applied\u001b[0m");
        assertThat(screen()).contains("3 files: 3 to change, 0 unchanged, 0 failed");
        String diff = Files.readString(patch);
        assertThat(diff).startsWith("diff --git a/test/infrastructure/").doesNotContain("\u001b");
    }

    @Test
    void withStderrInALogTheLogGetsNoColour() throws Exception {
        Path log = dir.resolve("err.log");

        // stdout stays on the terminal (the diff scrolls by): before, stdout decided, and painted the log.
        int exit = typeAndWait(gorewrite("run", EXAMPLES.toString()) + " 2> " + log);

        assertThat(exit).isZero();
        assertThat(Files.readString(log)).contains("applied").doesNotContain("\u001b");
    }

    @Test
    void noColorAndTheOptionDecideOnATerminal() throws Exception {
        typeAndWait("NO_COLOR=1 " + gorewrite("run", EXAMPLES.toString()) + " > /dev/null");
        assertThat(received()).contains("applied").doesNotContain(GREEN);

        typeAndWait("NO_COLOR=1 " + gorewrite("run", "--color=always", EXAMPLES.toString()) + " > /dev/null");
        assertThat(received()).contains(GREEN + "applied");
    }

    @Test
    void theProgressLineGoesToAStderrTerminalEvenWithStdoutInAFileAndNeverIntoALog() throws Exception {
        Path corpus = Path.of(System.getProperty("go.corpus", "/usr/share/go-1.19/src"), "go");
        assumeTrue(Files.isDirectory(corpus), "the Go corpus is not installed (golang-1.19-src)");
        Path log = dir.resolve("err.log");

        // Shown at once rather than after a second, so that the run need not last long.
        int exit = typeAndWait(gorewrite("-Dgorewrite.progressDelayMs=0", "parse", corpus.toString()) + " > /dev/null");
        assertThat(received()).containsPattern("\rscanned \\d+ files, parsed \\d+ ");
        assertThat(screen()).doesNotContain("scanned "); // erased when done

        int logged = typeAndWait(gorewrite("-Dgorewrite.progressDelayMs=0", "parse", corpus.toString()) + " 2> " + log);
        assertThat(List.of(exit, logged)).containsOnly(0);
        assertThat(Files.readString(log)).isEmpty();
    }

    /**
     * The shell command that runs gorewrite from the test class path, quoted for bash; arguments
     * that start with -D are the JVM's. Empty class path entries (the working folder, which holds
     * recipes/ again) are left out.
     */
    private static String gorewrite(String... args) {
        List<String> words = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        List.of(args).stream().filter(a -> a.startsWith("-D")).forEach(words::add);
        String classPath = String.join(":", List.of(System.getProperty("java.class.path").split(":")).stream()
                .filter(entry -> !entry.isEmpty()).toList());
        words.addAll(List.of("-cp", classPath, Main.class.getName()));
        List.of(args).stream().filter(a -> !a.startsWith("-D")).forEach(words::add);
        return String.join(" ", words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").toList());
    }

    /** Types {@code command} into the session and waits for it to finish; its exit code. */
    private int typeAndWait(String command) throws Exception {
        Path done = dir.resolve("done-" + System.nanoTime());
        tmux("send-keys", "-t", "t", "-l", command + "; echo $? > '" + done + "'");
        tmux("send-keys", "-t", "t", "Enter");
        for (int i = 0; i < 1200 && !Files.exists(done); i++) {
            Thread.sleep(100);
        }
        Thread.sleep(100); // `echo` may not have written the code yet
        return Integer.parseInt(Files.readString(done).strip());
    }

    /** Every byte the terminal has received so far. */
    private String received() throws IOException {
        return Files.exists(paneLog) ? Files.readString(paneLog, StandardCharsets.UTF_8) : "";
    }

    /** What the terminal shows now. */
    private String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", "t");
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private static boolean onPath(String tool) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }
}
