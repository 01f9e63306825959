package dev.gorewrite.bench;

import dev.gorewrite.engine.SourceTree;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.GoToken;
import dev.gorewrite.golang.antlr.GoParser;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * How much heap a file needs at its peak: the smallest {@code -Xmx} (bisected to a few MB) with
 * which {@code parse} and a dry run of a codemod that matches nothing succeed, each in a fresh
 * JVM with the launcher's JIT and collector. Inputs are written to OUT: 1 MB and 10 MB of
 * ordinary Go (the files of DIR joined under one package clause, their imports left out: parsing
 * does not resolve names) and a 1 MB go-bindata-style table, the most tree per byte. A file that
 * fails needs more than the heap it had, whatever the machine's load, so the figures do not
 * depend on other work; they include the JVM's own share (about 30 MB).
 *
 * <p>Not a JUnit test and not in the product jar. Run after {@code mvn -q -o -DskipTests package}:
 * <pre>java -cp target/gorewrite.jar:target/test-classes dev.gorewrite.bench.HeapNeed /usr/share/go-1.19/src OUT [JAR]</pre>
 */
public final class HeapNeed {
    private static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC");
    private static final String NO_MATCH = "id: nomatch\ntitle: none\nguide: g\nfiles: [\"**/*.go\"]\nedits:\n"
            + "  - {guide: E, matches: all, replace: {from: \"%s\", to: \"%s\"}}\n";

    private HeapNeed() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Files.createDirectories(Path.of(args[1]));
        String jar = args.length > 2 ? args[2] : "target/gorewrite.jar";
        List<Path> ordinary = List.of(write(out, "ordinary-1mb.go", joined(Path.of(args[0]), 1)),
                write(out, "ordinary-10mb.go", joined(Path.of(args[0]), 10)));
        Path table = write(out, "table-1mb.go", GeneratedTable.of(1));
        Path calls = write(out, "calls.yaml", String.format(NO_MATCH, "fmt.Errorf($A, $B, $C, $D, $E, $F, $G)", "fmt.Errorf($A)"));
        Path pairs = write(out, "pairs.yaml", String.format(NO_MATCH, "[]byte{$X, $Y}", "[]byte{$Y, $X}"));
        for (Path file : ordinary) {
            report(jar, file, calls);
        }
        report(jar, table, pairs);
    }

    private static void report(String jar, Path file, Path recipe) throws IOException, InterruptedException {
        System.out.printf("%s (%d bytes): parse %s, dry run %s%n", file.getFileName(), Files.size(file),
                smallest(jar, List.of("parse", file.toString())),
                smallest(jar, List.of("run", "--recipes", recipe.toString(), file.toString())));
    }

    /** Bisected between 16 MB and 2 GB to within a thirty-second of the answer (4 MB at least). */
    private static String smallest(String jar, List<String> command) throws IOException, InterruptedException {
        int fails = 16;
        int fits = 2048;
        if (!fits(jar, fits, command)) {
            return "more than " + fits + " MB";
        }
        while (fits - fails > Math.max(4, fits / 32)) {
            int mid = (fails + fits) / 2;
            if (fits(jar, mid, command)) {
                fits = mid;
            } else {
                fails = mid;
            }
        }
        return "fits in " + fits + " MB, not in " + fails + " MB";
    }

    /** Exit 0 and no file too large: a codemod's dry run exits 0 without changes as with them. */
    private static boolean fits(String jar, int megabytes, List<String> command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        line.addAll(JVM);
        line.addAll(List.of("-Xmx" + megabytes + "m", "-jar", jar));
        line.addAll(command);
        Process p = new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() == 0 && !stderr.contains("too large");
    }

    /** The code after the imports of each file that parses, joined until there are {@code megabytes} of it. */
    private static String joined(Path dir, int megabytes) throws IOException {
        StringBuilder out = new StringBuilder("package joined\n\n");
        for (Path path : SourceTree.goFiles(List.of(dir)).files()) {
            GoFile file = GoFile.parse(path.toString(), Files.readAllBytes(path));
            if (file.ok()) {
                out.append(file.text(), bodyStart(file), file.text().length()).append('\n');
            }
            if (out.length() >= megabytes * 1_000_000) {
                break;
            }
        }
        return out.toString();
    }

    /** Where a file's code starts: after its last import declaration, or after its package clause. */
    private static int bodyStart(GoFile file) {
        GoParser.SourceFileContext tree = file.tree();
        List<GoParser.ImportDeclContext> imports = tree.importDecl();
        ParserRuleContext last = imports.isEmpty() ? tree.packageClause() : imports.get(imports.size() - 1);
        GoToken stop = file.tokens().get(last.getStop().getTokenIndex());
        return stop.end();
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
