package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `run --quiet` in a real terminal (tmux), where stderr is a terminal: the diff, then only the
 * count, where a plain run shows the table. Each test uses its own tmux server (socket), removed after.
 */
class QuietTerminalTest {
    private static final String HEADER = "FILE ";

    @TempDir
    Path temp;

    String socket;
    /** The server's socket file, which kill-server leaves behind. */
    Path socketFile;

    @BeforeEach
    void tmux() throws Exception {
        Assumptions.assumeTrue(onPath("tmux"), "tmux not installed");
        socket = "gorewrite-quiet-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        GitRepos.copy(GitRepos.EXAMPLES, temp.resolve("tree"));
    }

    @AfterEach
    void killServer() throws Exception {
        if (socket != null) {
            run("tmux", "-L", socket, "kill-server");
        }
        if (socketFile != null) {
            Files.deleteIfExists(socketFile);
        }
    }

    @Test
    void quietLeavesTheTableOutAndKeepsTheCount() throws Exception {
        String plain = screen("run --context 0");
        String quiet = screen("run --quiet --context 0");

        assertThat(plain).contains(HEADER).contains("3 files: 3 to change, 0 unchanged, 0 failed").contains("EXIT=0");
        assertThat(quiet).doesNotContain(HEADER).doesNotContain("  applied")
                .contains("diff --git a/test/infrastructure/gateway_e2e_hybrid.go")
                .contains("3 files: 3 to change, 0 unchanged, 0 failed").contains("EXIT=0");
    }

    /** The whole pane (history included) after `gorewrite ARGS tree` has run in a terminal. */
    private String screen(String args) throws Exception {
        String session = "s" + System.nanoTime();
        String command = "java -cp '" + classPath() + "' dev.gorewrite.cli.Main " + args
                + " '" + temp.resolve("tree") + "'; echo EXIT=$?; sleep 600";
        // Started in the temp folder: from the repository's top, its recipes/ would be on the class path twice.
        run("tmux", "-L", socket, "new-session", "-d", "-s", session, "-c", temp.toString(), "-x", "250", "-y", "50",
                command);
        socketFile = Path.of(run("tmux", "-L", socket, "display-message", "-p", "-t", session, "#{socket_path}").strip());
        for (int i = 0; i < 600; i++) {
            String text = run("tmux", "-L", socket, "capture-pane", "-p", "-J", "-S", "-", "-t", session);
            if (text.contains("EXIT=")) {
                return text;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("gorewrite did not finish in the terminal within a minute");
    }

    /** This JVM's class path with absolute entries (surefire's own list, not its booter jar), empty ones dropped. */
    private static String classPath() {
        String given = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(given.split(File.pathSeparator)).filter(e -> !e.isEmpty())
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static boolean onPath(String tool) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        return dirs.stream().anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
    }
}
