package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gorewrite in a real terminal ({@link Tmux}): colour and the progress line follow stderr,
 * whatever stdout is.
 */
class TerminalSessionTest {
    private static final Path EXAMPLES = Path.of("examples/kubernaut").toAbsolutePath();
    private static final String GREEN = "\u001b[32m";

    @TempDir
    Path dir;

    private Tmux tmux;

    @BeforeEach
    void startTmux() throws Exception {
        assumeTrue(Tmux.installed("tmux"), "tmux is not installed");
        tmux = Tmux.start(dir);
        Files.writeString(dir.resolve("gorewrite"), launcher());
        dir.resolve("gorewrite").toFile().setExecutable(true);
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (tmux != null) {
            tmux.close();
        }
    }

    @Test
    void withStdoutInAFileTheTableIsPaintedOnTheTerminalAndThePatchHasNoColour() throws Exception {
        Path patch = dir.resolve("fix.patch");

        int exit = tmux.typeAndWait(gorewrite("run", EXAMPLES.toString()) + " > " + patch);

        assertThat(exit).isZero();
        assertThat(tmux.received()).contains(GREEN + "applied\u001b[0m");
        assertThat(tmux.screen()).contains("3 files: 3 to change, 0 unchanged, 0 failed");
        String diff = Files.readString(patch);
        assertThat(diff).startsWith("diff --git a/test/infrastructure/").doesNotContain("\u001b");
    }

    @Test
    void withStderrInALogTheLogGetsNoColour() throws Exception {
        Path log = dir.resolve("err.log");

        // stdout stays on the terminal (the diff scrolls by): before, stdout decided, and painted the log.
        int exit = tmux.typeAndWait(gorewrite("run", EXAMPLES.toString()) + " 2> " + log);

        assertThat(exit).isZero();
        assertThat(Files.readString(log)).contains("applied").doesNotContain("\u001b");
    }

    @Test
    void noColorAndTheOptionDecideOnATerminal() throws Exception {
        tmux.typeAndWait("NO_COLOR=1 " + gorewrite("run", EXAMPLES.toString()) + " > /dev/null");
        assertThat(tmux.received()).contains("applied").doesNotContain(GREEN);

        tmux.typeAndWait("NO_COLOR=1 " + gorewrite("run", "--color=always", EXAMPLES.toString()) + " > /dev/null");
        assertThat(tmux.received()).contains(GREEN + "applied");
    }

    @Test
    void theProgressLineGoesToAStderrTerminalEvenWithStdoutInAFileAndNeverIntoALog() throws Exception {
        Path corpus = dev.gorewrite.TestTools.goCorpus().map(src -> src.resolve("go")).orElse(Path.of("none"));
        assumeTrue(Files.isDirectory(corpus), "the Go corpus is not installed (golang-1.19-src)");
        Path log = dir.resolve("err.log");

        // Shown at once rather than after a second, so that the run need not last long.
        String parse = "JVM=-Dgorewrite.progressDelayMs=0 " + gorewrite("parse", corpus.toString());
        int exit = tmux.typeAndWait(parse + " > /dev/null");
        assertThat(tmux.received()).containsPattern("\rscanned \\d+ files, parsed \\d+ ");
        assertThat(tmux.screen()).doesNotContain("scanned "); // erased when done

        int logged = tmux.typeAndWait(parse + " 2> " + log);
        assertThat(List.of(exit, logged)).containsOnly(0);
        assertThat(Files.readString(log)).isEmpty();
    }

    /** The shell command that runs {@link #launcher} with {@code args}, quoted for bash. */
    private String gorewrite(String... args) {
        List<String> words = new ArrayList<>(List.of(dir.resolve("gorewrite").toString()));
        words.addAll(List.of(args));
        return String.join(" ", words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").toList());
    }

    /**
     * A script that runs gorewrite from the test class path with the JVM options in $JVM (a typed
     * command line holding the class path would be too long for the terminal). Empty class path
     * entries (the working folder, which holds recipes/ again) are left out.
     */
    private static String launcher() {
        String classPath = String.join(":", List.of(System.getProperty("java.class.path").split(":")).stream()
                .filter(entry -> !entry.isEmpty()).toList());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 $JVM -cp '" + classPath + "' "
                + Main.class.getName() + " \"$@\"\n";
    }
}
