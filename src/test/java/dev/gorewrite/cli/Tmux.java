package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real terminal for tests: a tmux server of its own (its socket in the test's folder) with one session running
 * bash without rc files. Keys are typed with send-keys; what the terminal received is recorded
 * with pipe-pane ({@link #received}); what it shows is read with capture-pane ({@link #screen}).
 */
public final class Tmux implements AutoCloseable {
    private final Path socket;
    private final Path dir;
    private final Path paneLog;

    private Tmux(Path dir) {
        this.socket = dir.resolve("tmux-" + System.nanoTime() + ".socket");
        this.dir = dir;
        this.paneLog = dir.resolve("pane-" + System.nanoTime() + ".log");
    }

    /** Whether {@code tool} (tmux, zsh) is on PATH: tests skip without it. */
    public static boolean installed(String tool) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }

    /** A session 200 columns wide, bash with prompt "$ ", TERM=xterm and no NO_COLOR; files go to {@code dir}. */
    public static Tmux start(Path dir) throws Exception {
        return start(dir, "bash", "--norc", "--noprofile");
    }

    /** As {@link #start(Path)}, running {@code shell} (without its rc files, to be alike everywhere). */
    public static Tmux start(Path dir, String... shell) throws Exception {
        Tmux tmux = new Tmux(dir);
        List<String> args = new ArrayList<>(List.of("new-session", "-d", "-s", "t", "-x", "200", "-y", "50", "env",
                "-u", "NO_COLOR", "TERM=xterm", "PS1=$ "));
        args.addAll(List.of(shell));
        tmux.run(args.toArray(String[]::new));
        tmux.run("pipe-pane", "-t", "t", "-o", "cat >> '" + tmux.paneLog + "'");
        // Keys typed before bash's line editor runs would meet the terminal's line buffer (4 KB at most).
        tmux.waitFor(() -> tmux.screen().startsWith("$")); // capture-pane drops the blank after it
        return tmux;
    }

    /** Types {@code keys} as they are (no Enter). */
    public void type(String keys) throws Exception {
        run("send-keys", "-t", "t", "-l", "--", keys); // "--": keys may start with a dash
    }

    /** Presses named keys, such as "Enter", "Tab" or "C-u". */
    public void press(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t"));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    /** Types {@code command}, presses Enter and waits for it to finish; its exit code. */
    public int typeAndWait(String command) throws Exception {
        Path done = dir.resolve("done-" + System.nanoTime());
        type(command + "; echo $? > '" + done + "'");
        press("Enter");
        waitFor(() -> Files.exists(done) && !Files.readString(done).isBlank());
        return Integer.parseInt(Files.readString(done).strip());
    }

    /** Polls until {@code condition} holds (or two minutes pass; the assertion after it then says what is wrong). */
    public void waitFor(Condition condition) throws Exception {
        for (int i = 0; i < 1200 && !condition.holds(); i++) {
            Thread.sleep(100);
        }
    }

    /** Every byte the terminal has received so far. */
    public String received() throws IOException {
        return Files.exists(paneLog) ? Files.readString(paneLog, StandardCharsets.UTF_8) : "";
    }

    /** What the terminal shows now. */
    public String screen() throws Exception {
        return run("capture-pane", "-p", "-t", "t");
    }

    @Override
    public void close() throws Exception {
        run("kill-server");
    }

    private String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString(), "-f", "/dev/null"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    /** A check that may read files. */
    public interface Condition {
        boolean holds() throws Exception;
    }
}
