package dev.gorewrite.bench;

import com.sun.management.ThreadMXBean;
import dev.gorewrite.engine.Parallel;
import dev.gorewrite.engine.SourceTree;
import dev.gorewrite.golang.TreeSink;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.ParseOutcome;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What parsing a tree costs one thread, in figures that other work on the machine does not
 * change: the bytes the parser allocates per byte of source (what the collector must clear) and
 * the thread's CPU seconds. Every Go file under DIR is parsed once, in order, on one worker
 * thread, as {@code gorewrite parse} parses it (reduced to a {@link ParseOutcome}).
 *
 * <p>Not a JUnit test and not in the product jar. Run after {@code mvn -q -o test-compile}:
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/gorewrite.jar:target/test-classes dev.gorewrite.bench.ParseCost DIR</pre>
 */
public final class ParseCost {
    private ParseCost() {}

    public static void main(String[] args) throws IOException {
        List<byte[]> sources = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        long total = 0;
        for (Path file : SourceTree.goFiles(List.of(Path.of(args[0]))).files()) {
            sources.add(Files.readAllBytes(file));
            paths.add(file.toString());
            total += sources.get(sources.size() - 1).length;
        }
        long bytes = total;
        Parallel.map(List.of(args[0]), dir -> {
            ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < sources.size(); i++) {
                ParseOutcome.of(GoFile.parse(paths.get(i), sources.get(i), TreeSink.NONE));
            }
            System.out.printf(Locale.ROOT, "%d files, %.1f MB: %.1f bytes allocated per source byte, %.2f CPU seconds%n",
                    sources.size(), bytes / 1e6, (double) (threads.getCurrentThreadAllocatedBytes() - allocated) / bytes,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
            return dir;
        });
    }
}
