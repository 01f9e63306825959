package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large files in a small heap, in a separate JVM as a user runs gorewrite: a file that fits is
 * parsed; one that does not fails alone, with its path and the heap it had, and the run goes on
 * (other files migrated, the JSON report printed).
 */
class LargeFileIT {
    private static final Path EXAMPLES = Path.of("examples/kubernaut/test/infrastructure");
    /** Enough for a 1 MB table (about 105 MB of tree and tokens). */
    private static final String ROOMY = "-Xmx160m";
    /** Too small for it (a small heap also fails sooner). */
    private static final String TIGHT = "-Xmx64m";

    @TempDir
    Path root;

    record Result(int exit, String stdout, String stderr) {}

    /** A generated table as go-bindata writes it: the most nodes per byte that real Go has. */
    private static String table(int megabytes) {
        Random random = new Random(1);
        StringBuilder out = new StringBuilder("// Code generated. DO NOT EDIT.\n\npackage assets\n\nvar data = []byte{\n");
        while (out.length() < megabytes * 1_000_000) {
            out.append('\t');
            for (int i = 0; i < 12; i++) {
                out.append(String.format("0x%02x, ", random.nextInt(256)));
            }
            out.setLength(out.length() - 1);
            out.append('\n');
        }
        return out.append("}\n").toString();
    }

    private Result gorewrite(String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+UseSerialGC", "-cp", classPath(), "dev.gorewrite.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(root.toFile()).redirectError(root.resolve("stderr.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), stdout, Files.readString(root.resolve("stderr.txt")));
    }

    /** This JVM's class path without empty entries, which would add the working folder (and its recipes/). */
    private static String classPath() {
        return String.join(File.pathSeparator, java.util.Arrays.stream(System.getProperty("java.class.path")
                .split(File.pathSeparator)).filter(e -> !e.isBlank()).toList());
    }

    @Test
    void aOneMegabyteTableParsesInA160MegabyteHeap() throws Exception {
        Path table = Files.writeString(root.resolve("table.go"), table(1));

        Result r = gorewrite(ROOMY, "parse", table.toString());

        assertThat(r.exit()).as(r.stderr()).isZero();
    }

    @Test
    void aFileTooLargeForTheHeapFailsAloneWithItsReasonAndTheOthersParse() throws Exception {
        Path big = Files.writeString(root.resolve("big.go"), table(1));
        Path small = Files.writeString(root.resolve("small.go"), "package p\n\nvar x = 'ab'\n");

        Result r = gorewrite(TIGHT, "parse", big.toString(), small.toString());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.stderr()).containsPattern(big + ": too large to parse in the available memory \\(\\d+ MB\\)\n");
        assertThat(r.stderr()).contains(small + ":3:9: illegal rune literal");
    }

    @Test
    void aRunStillMigratesTheOtherFilesAndPrintsItsJson() throws Exception {
        Path dir = Files.createDirectories(root.resolve("tree/test/infrastructure"));
        for (String f : new String[] {"gateway_e2e_hybrid.go", "signalprocessing_e2e_hybrid.go"}) {
            Files.copy(EXAMPLES.resolve(f), dir.resolve(f));
        }
        Files.writeString(root.resolve("tree/remediationorchestrator_e2e_hybrid.go"), table(1));

        Result r = gorewrite(TIGHT, "run", "--json", root.resolve("tree").toString());

        assertThat(r.exit()).as(r.stderr()).isEqualTo(3);
        assertThat(r.stdout()).contains("\"path\" : \"test/infrastructure/gateway_e2e_hybrid.go\",\n    \"status\" : \"changed\"");
        assertThat(r.stdout()).contains("\"path\" : \"test/infrastructure/signalprocessing_e2e_hybrid.go\",\n    \"status\" : \"changed\"");
        assertThat(r.stdout()).containsPattern("remediationorchestrator_e2e_hybrid.go: too large to parse in the available memory \\(\\d+ MB\\)");
    }
}
