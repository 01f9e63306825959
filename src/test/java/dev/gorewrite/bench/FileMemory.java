package dev.gorewrite.bench;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.pattern.SyntaxTree;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The heap one parsed file keeps, per byte of its source: the file parsed (tokens placed, as
 * every codemod needs them) and its pattern tree built, measured as the used heap after full
 * collections with and without them; then, all of that let go, the pattern tree built as the
 * engine builds it, while the file is parsed ({@link SyntaxTree#parse}, a declaration at a time
 * from 64 KB on). Prints one line per stage; with {@code --hold SECONDS} it then waits, so that
 * {@code jcmd PID GC.class_histogram} can list what the bytes are. How much a file needs at its
 * peak (while it is parsed) is what the smallest {@code -Xmx} that parses it says.
 *
 * <p>Not a JUnit test and not in the product jar. Run after {@code mvn -q -o test-compile}:
 * <pre>java -XX:+UseSerialGC -Xmx2g -cp target/gorewrite.jar:target/test-classes dev.gorewrite.bench.FileMemory FILE.go [--hold S]</pre>
 */
public final class FileMemory {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private FileMemory() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path path = Path.of(args[0]);
        byte[] bytes = Files.readAllBytes(path);
        GoFile.parse("warm-up.go", "package p\n\nfunc f() { g(1 + 2) }\n".getBytes());
        long base = usedAfterCollection();
        long start = System.nanoTime();
        GoFile file = GoFile.parse(path.toString(), bytes);
        long parsedAt = System.nanoTime();
        report("parsed", file.ok() ? "ok" : file.errors().get(0).toString(), usedAfterCollection() - base, bytes.length,
                parsedAt - start);
        file.tokens();
        report("tokens placed", "", usedAfterCollection() - base, bytes.length, System.nanoTime() - parsedAt);
        long treeAt = System.nanoTime();
        SyntaxTree tree = SyntaxTree.of(file);
        report("pattern tree", "", usedAfterCollection() - base, bytes.length, System.nanoTime() - treeAt);
        file = null;
        tree = null;
        base = usedAfterCollection();
        long streamAt = System.nanoTime();
        tree = SyntaxTree.parse(path.toString(), bytes);
        report("streamed tree", "", usedAfterCollection() - base, bytes.length, System.nanoTime() - streamAt);
        if (args.length == 3 && args[1].equals("--hold")) {
            System.out.println("pid " + ProcessHandle.current().pid() + ", holding " + args[2] + " s");
            Thread.sleep(Long.parseLong(args[2]) * 1000);
        }
        System.out.println(tree.hashCode() == 0 ? "" : "done");
    }

    private static void report(String stage, String note, long used, int size, long nanos) {
        System.out.printf(Locale.ROOT, "%-14s %8.1f MB held, %6.1f bytes per source byte, %6.2f s %s%n", stage,
                used / 1e6, (double) used / size, nanos / 1e9, note);
    }

    private static long usedAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
