package dev.gorewrite.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** git's safe.directory rule on real repositories, with owners changed by chown (the tests run as root). */
class SafeDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void rootUnderSudoCountsAsTheUserWhoRanSudo() {
        assertThat(SafeDirectory.user(0, Map.of("SUDO_UID", "12345")::get)).isEqualTo(12345);
        assertThat(SafeDirectory.user(1000, Map.of("SUDO_UID", "12345")::get)).isEqualTo(1000);
        assertThat(SafeDirectory.user(0, Map.<String, String>of()::get)).isZero();
        assertThat(SafeDirectory.user(0, Map.of("SUDO_UID", "nobody")::get)).isZero();
    }

    @Test
    void aGitFolderOfAnotherUserIsEnoughAndTheSudoUserOwningEverythingIsFine() throws Exception {
        Path work = ExampleRepository.create(tmp.resolve("work"));
        chown(work.resolve(".git"));
        try (Repository repo = new FileRepositoryBuilder().findGitDir(work.toFile()).build()) {
            String real = work.toRealPath().toString();

            assertThat(SafeDirectory.problem(SafeDirectory.Place.checkout(repo), 0, new Config(), tmp.toString())).get().asString()
                    .startsWith("detected dubious ownership in repository at '" + real + "' (owned by uid 12345, not by you, uid 0)");

            chown(work);
            assertThat(SafeDirectory.problem(SafeDirectory.Place.checkout(repo), 12345, new Config(), tmp.toString())).isEmpty();
        }
    }

    @Test
    void safeDirectoryNamesTheWorkingTreeWithTildeForHomeAndTheLastEmptyValueWins() throws Exception {
        Path work = ExampleRepository.create(tmp.resolve("work"));
        chown(work);
        try (Repository repo = new FileRepositoryBuilder().findGitDir(work.toFile()).build()) {
            assertThat(SafeDirectory.problem(SafeDirectory.Place.checkout(repo), 0, trusting("~/work"), tmp.toString())).isEmpty();
            assertThat(SafeDirectory.problem(SafeDirectory.Place.checkout(repo), 0, trusting(work + "/"), "/nowhere")).isEmpty();
            assertThat(SafeDirectory.problem(SafeDirectory.Place.checkout(repo), 0, trusting("~/work"), "/nowhere")).isPresent();
            assertThat(SafeDirectory.problem(SafeDirectory.Place.checkout(repo), 0, trusting("work"), tmp.toString())).as("relative").isPresent();
            assertThat(SafeDirectory.problem(SafeDirectory.Place.checkout(repo), 0, trusting(work.resolve("test").toString()), "/x")).isPresent();
            assertThat(SafeDirectory.problem(SafeDirectory.Place.checkout(repo), 0, trusting("*", ""), "/x")).isPresent();
            assertThat(SafeDirectory.problem(SafeDirectory.Place.checkout(repo), 0, trusting("", "*"), "/x")).isEmpty();
        }
    }

    private static Config trusting(String... values) {
        Config config = new Config();
        config.setStringList("safe", null, "directory", List.of(values));
        return config;
    }

    private static void chown(Path path) throws Exception {
        Process p = new ProcessBuilder("chown", "-R", "12345", path.toString()).inheritIO().start();
        assumeTrue(p.waitFor() == 0, "chown needs root");
    }
}
