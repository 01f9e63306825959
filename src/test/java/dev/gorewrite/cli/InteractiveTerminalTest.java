package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `run -i` in a real terminal (tmux) on a copy of the examples: each answer is typed once its
 * prompt shows, then the files on disk say what was written.
 */
class InteractiveTerminalTest {
    private static final String GATEWAY = "test/infrastructure/gateway_e2e_hybrid.go";
    private static final String ORCHESTRATOR = "test/infrastructure/remediationorchestrator_e2e_hybrid.go";
    private static final String SIGNAL = "test/infrastructure/signalprocessing_e2e_hybrid.go";

    @TempDir
    Path temp;

    Path tree;

    @BeforeEach
    void tmux() throws Exception {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux not installed");
        tree = temp.resolve("tree");
        GitRepos.copy(GitRepos.EXAMPLES, tree);
    }

    @Test
    void theAcceptedHunksAreWrittenAndTheSkippedFileIsNot() throws Exception {
        // gateway: its four hunks one by one; orchestrator: no, then the rest of it; signal processing: all.
        String screen = answer("y", "y", "y", "y", "n", "d", "a");

        assertThat(screen).contains("test/infrastructure/gateway_e2e_hybrid.go hunk 2/4: Gateway, change 2: build"
                        + " DataStorage with the dynamic tag (applied)")
                // tmux shows tabs as spaces
                .containsPattern("\\+ +err := buildDataStorageImageWithTag\\(dataStorageImageName, writer\\)")
                .contains("3 files reviewed: 2 written, 1 skipped, 0 refused; 0 could not be migrated").contains("EXIT=0");
        assertThat(tree.resolve(GATEWAY)).hasSameTextualContentAs(expected(GATEWAY));
        assertThat(tree.resolve(ORCHESTRATOR)).hasSameBinaryContentAs(GitRepos.EXAMPLES.resolve(ORCHESTRATOR));
        assertThat(tree.resolve(SIGNAL)).hasSameTextualContentAs(expected(SIGNAL));
    }

    @Test
    void hunksThatBreakACheckAreRefusedAndTheFileKept() throws Exception {
        // gateway: none; orchestrator: only Phase 0, while the rejected Phase 3 hunk still declares the tag.
        String screen = answer("d", "y", "d", "q");

        assertThat(screen).contains(ORCHESTRATOR + ": not written: the accepted hunks fail check ")
                .contains("tag-declared-once: ")
                .contains("3 files reviewed: 0 written, 2 skipped, 1 refused; 0 could not be migrated").contains("EXIT=3");
        for (String path : new String[] {GATEWAY, ORCHESTRATOR, SIGNAL}) {
            assertThat(tree.resolve(path)).hasSameBinaryContentAs(GitRepos.EXAMPLES.resolve(path));
        }
    }

    /** Runs `gorewrite run -i` on the tree, types each answer once its prompt shows; the last screen. */
    private String answer(String... answers) throws Exception {
        // Started in the temp folder: from the repository's top, its recipes/ would be on the class path twice.
        try (TmuxTerminal terminal = TmuxTerminal.start(temp,
                TmuxTerminal.gorewrite("run -i '" + tree + "'"))) {
            for (int i = 0; i < answers.length; i++) {
                terminal.await(InteractiveReview.PROMPT.strip(), i + 1);
                terminal.type(answers[i]);
            }
            return terminal.finished();
        }
    }

    private static Path expected(String path) {
        return GitRepos.EXPECTED.resolve(Path.of(path).getFileName() + ".golden");
    }
}
