package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deep code (gofmt accepts both) migrates whether its file is alone in the run or not: every walk
 * over its tree runs on a big-stack worker, never on the caller's thread.
 */
class DeepFileRunTest {
    private static final Path EXAMPLES = Path.of("examples/kubernaut/test/infrastructure");
    private static final Path EXPECTED = Path.of("examples/expected/test/infrastructure");
    private static final String GW = "gateway_e2e_hybrid.go";

    @TempDir
    Path root;

    private void gatewayWith(String tail) throws Exception {
        Path dir = Files.createDirectories(root.resolve("test/infrastructure"));
        Files.writeString(dir.resolve(GW), Files.readString(EXAMPLES.resolve(GW)) + tail);
    }

    private void assertMigratedWith(String tail) throws Exception {
        CliRunner r = CliRunner.run("run", "--apply", root.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(Files.readString(root.resolve("test/infrastructure").resolve(GW)))
                .isEqualTo(Files.readString(EXPECTED.resolve(GW + ".golden")) + tail);
    }

    @Test
    void aTenThousandTermSumInTheOnlyFile() throws Exception {
        String tail = "\nvar sum = 1" + " + 1".repeat(9_999) + "\n";
        gatewayWith(tail);
        assertMigratedWith(tail);
    }

    @Test
    void fourThousandNestedParenthesesInTheOnlyFile() throws Exception {
        String tail = "\nvar nested = " + "(".repeat(4_000) + "1" + ")".repeat(4_000) + "\n";
        gatewayWith(tail);
        assertMigratedWith(tail);
    }
}
