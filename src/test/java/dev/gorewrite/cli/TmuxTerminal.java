package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * gorewrite in a real terminal: a command in a tmux session of its own server (socket), typed
 * into with send-keys and read with capture-pane. Closing it kills the server and removes the
 * socket file, which kill-server leaves behind.
 */
final class TmuxTerminal implements AutoCloseable {
    /** How many times, a tenth of a second apart, the screen is read before giving up (a minute). */
    private static final int POLLS = 600;

    private final String socket;
    private final String session;
    private final Path socketFile;

    private TmuxTerminal(String socket, String session, Path socketFile) {
        this.socket = socket;
        this.session = session;
        this.socketFile = socketFile;
    }

    static boolean available() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "tmux")));
    }

    /**
     * A 250x50 terminal running {@code command} in {@code folder}; the command is followed by
     * `echo EXIT=$?` and a long sleep, so that its last screen stays to be read.
     */
    static TmuxTerminal start(Path folder, String command) throws IOException, InterruptedException {
        String socket = "gorewrite-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        String session = "s" + System.nanoTime();
        run("tmux", "-L", socket, "new-session", "-d", "-s", session, "-c", folder.toString(), "-x", "250", "-y", "50",
                command + "; echo EXIT=$?; sleep 600");
        String path = run("tmux", "-L", socket, "display-message", "-p", "-t", session, "#{socket_path}").strip();
        return new TmuxTerminal(socket, session, Path.of(path));
    }

    /** `java … Main ARGS`: gorewrite from this JVM's class path. */
    static String gorewrite(String args) {
        return "java -cp '" + classPath() + "' dev.gorewrite.cli.Main " + args;
    }

    /** The whole pane, history included, long lines joined. */
    String screen() throws IOException, InterruptedException {
        return run("tmux", "-L", socket, "capture-pane", "-p", "-J", "-S", "-", "-t", session);
    }

    /** The screen once {@code text} is on it {@code times} times (or more). */
    String await(String text, int times) throws IOException, InterruptedException {
        for (int i = 0; i < POLLS; i++) {
            String screen = screen();
            if (screen.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("`" + text + "` did not show " + times + " times within a minute:\n" + screen());
    }

    /** The screen once the command has finished (its `EXIT=` line is there). */
    String finished() throws IOException, InterruptedException {
        return await("EXIT=", 1);
    }

    /** Types {@code line} and Enter, as a person would. */
    void type(String line) throws IOException, InterruptedException {
        run("tmux", "-L", socket, "send-keys", "-t", session, "-l", line);
        run("tmux", "-L", socket, "send-keys", "-t", session, "Enter");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("tmux", "-L", socket, "kill-server");
        Files.deleteIfExists(socketFile);
    }

    /** This JVM's class path with absolute entries (surefire's own list, not its booter jar), empty ones dropped. */
    private static String classPath() {
        String given = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(given.split(File.pathSeparator)).filter(e -> !e.isEmpty())
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
