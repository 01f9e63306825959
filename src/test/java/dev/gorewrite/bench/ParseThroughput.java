package dev.gorewrite.bench;

import dev.gorewrite.engine.Parallel;
import dev.gorewrite.engine.SourceTree;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.ParseOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warm, in-process parse throughput: loads every Go file under a folder into memory (the same
 * files {@code gorewrite parse} takes), then parses them all on all cores, round after round, and
 * prints MB/s (1 MB = 10^6 bytes) per round and the best. Reading files is not timed. Each file
 * is reduced to a {@link ParseOutcome} as {@code gorewrite parse} does, so the round-trip check
 * is part of the work and trees do not pile up in memory.
 *
 * <p>Not a JUnit test and not in the product jar. Run after {@code mvn -q -o test-compile}:
 * <pre>java -cp target/gorewrite.jar:target/test-classes dev.gorewrite.bench.ParseThroughput DIR [ROUNDS]</pre>
 * ({@code bash bench/parse.sh} does this.)
 */
public final class ParseThroughput {
    private ParseThroughput() {}

    private record Input(String path, byte[] bytes) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ParseThroughput DIR [ROUNDS]   (ROUNDS defaults to 5)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.isDirectory(dir) || rounds < 1) {
            System.err.println("need an existing folder and ROUNDS >= 1");
            System.exit(2);
        }

        List<Input> inputs = new ArrayList<>();
        long totalBytes = 0;
        for (Path file : SourceTree.goFiles(List.of(dir)).files()) {
            byte[] bytes = Files.readAllBytes(file);
            inputs.add(new Input(file.toString(), bytes));
            totalBytes += bytes.length;
        }
        double mb = totalBytes / 1e6;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "warm: %d files, %.1f MB in memory, %d cores, %d rounds%n",
                inputs.size(), mb, cores, rounds);

        double best = 0;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            List<ParseOutcome> outcomes = Parallel.map(inputs, in -> ParseOutcome.of(GoFile.parse(in.path(), in.bytes())));
            double seconds = (System.nanoTime() - start) / 1e9;
            int failed = 0;
            for (ParseOutcome o : outcomes) {
                failed += o.ok() ? 0 : 1;
            }
            double rate = mb / seconds;
            best = Math.max(best, rate);
            System.out.printf(Locale.ROOT, "warm: round %d: %.2f s, %.1f MB/s, failed %d%n", round, seconds, rate, failed);
        }
        System.out.printf(Locale.ROOT, "warm: best %.1f MB/s%n", best);
    }
}
