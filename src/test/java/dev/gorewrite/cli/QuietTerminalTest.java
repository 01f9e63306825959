package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `run --quiet` in a real terminal (tmux), where stderr is a terminal: the diff, then only the
 * count, where a plain run shows the table. Each run uses its own tmux server (socket), removed after.
 */
class QuietTerminalTest {
    private static final String HEADER = "FILE ";

    @TempDir
    Path temp;

    @BeforeEach
    void tmux() throws Exception {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux not installed");
        GitRepos.copy(GitRepos.EXAMPLES, temp.resolve("tree"));
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
        // Started in the temp folder: from the repository's top, its recipes/ would be on the class path twice.
        try (TmuxTerminal terminal = TmuxTerminal.start(temp,
                TmuxTerminal.gorewrite(args + " '" + temp.resolve("tree") + "'"))) {
            return terminal.finished();
        }
    }
}
