package dev.gorewrite.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The diffs must be accepted by {@code git apply} and turn the old bytes into the new ones exactly. */
class UnifiedDiffTest {

    private static final String GO = """
            package main

            import "fmt"

            func main() {
            	fmt.Println("hello")
            }
            """;

    /** Forty numbered lines, so that far-apart changes get separate hunks. */
    private static final String LONG = IntStream.rangeClosed(1, 40)
            .mapToObj(i -> "line " + i + "\n")
            .collect(Collectors.joining());

    static Stream<Arguments> cases() {
        return Stream.of(
                change("simple replace", GO, GO.replace("hello", "bye")),
                change("insert at top", GO, "// Code generated. DO NOT EDIT.\n\n" + GO),
                change("delete at end", GO + "\nfunc extra() {}\n", GO),
                change("append at end", GO, GO + "\nfunc extra() {}\n"),
                change("crlf file", crlf(GO), crlf(GO.replace("hello", "bye"))),
                change("crlf file, insert and delete", crlf(GO), crlf(GO.replace("import \"fmt\"\n\n", "") + "// end\n")),
                change("final newline removed", GO, GO.substring(0, GO.length() - 1)),
                change("final newline added", GO.substring(0, GO.length() - 1), GO),
                change("no final newline on either side", GO + "// a", GO + "// b"),
                change("no final newline, change above it", GO.replace("hello", "bye") + "// a", GO + "// a"),
                change("crlf without final newline", crlf(GO) + "// a", crlf(GO) + "// b\r\n"),
                change("utf-8 emoji", GO, GO.replace("hello", "héllo 👋🏽 世界")),
                change("emoji removed", GO.replace("hello", "🚀"), GO),
                change("far-apart changes", LONG, LONG.replace("line 3\n", "line three\n").replace("line 35\n", "")),
                change("nearby changes share a hunk", LONG, LONG.replace("line 10\n", "ten\n").replace("line 15\n", "")),
                change("file emptied", GO, ""),
                change("empty file filled", "", GO),
                change("tabs and trailing spaces", "a\t \nb\n", "a\t  \nb \n"));
    }

    private static Arguments change(String name, String before, String after) {
        return Arguments.of(named(name, before), after);
    }

    private static String crlf(String lf) {
        return lf.replace("\n", "\r\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gitApplyTurnsBeforeIntoAfter(String before, String after, @TempDir Path repo) throws Exception {
        Path file = repo.resolve("cmd/app/main.go");
        Files.createDirectories(file.getParent());
        Files.write(file, before.getBytes(UTF_8));
        git(repo, "init", "-q");
        String diff = UnifiedDiff.of("cmd/app/main.go", before, after, 3);
        Path patch = repo.resolve("fix.patch");
        Files.write(patch, diff.getBytes(UTF_8));

        git(repo, "apply", "--whitespace=nowarn", patch.toString());

        assertThat(Files.readAllBytes(file)).as(diff).isEqualTo(after.getBytes(UTF_8));
    }

    @Test
    void writesTheExpectedText() {
        String diff = UnifiedDiff.of("pkg/x.go", "a\nb\nc\nd\n", "a\nB\nc\nd\n", 1);

        assertThat(diff).isEqualTo("""
                diff --git a/pkg/x.go b/pkg/x.go
                --- a/pkg/x.go
                +++ b/pkg/x.go
                @@ -1,3 +1,3 @@
                 a
                -b
                +B
                 c
                """);
    }

    @Test
    void marksTheMissingFinalNewlineOnEachSideThatLacksIt() {
        assertThat(UnifiedDiff.of("x.go", "a\nb", "a\nc", 3)).endsWith("""
                @@ -1,2 +1,2 @@
                 a
                -b
                \\ No newline at end of file
                +c
                \\ No newline at end of file
                """);
        assertThat(UnifiedDiff.of("x.go", "a\nb", "a\nb\n", 3)).endsWith("""
                -b
                \\ No newline at end of file
                +b
                """);
    }

    @Test
    void emptyRangesNameTheLineBefore() {
        assertThat(UnifiedDiff.of("x.go", "", "a\n", 3)).contains("@@ -0,0 +1,1 @@\n+a\n");
        assertThat(UnifiedDiff.of("x.go", "a\nb\n", "a\n", 0)).contains("@@ -2,1 +1,0 @@\n-b\n");
    }

    @Test
    void farApartChangesGetOneHunkEach() {
        String diff = UnifiedDiff.of("x.go", LONG, LONG.replace("line 3\n", "3\n").replace("line 35\n", "35\n"), 3);

        assertThat(diff.lines().filter(l -> l.startsWith("@@"))).containsExactly(
                "@@ -1,6 +1,6 @@", "@@ -32,7 +32,7 @@");
    }

    @Test
    void equalTextsGiveNoDiff() {
        assertThat(UnifiedDiff.of("x.go", GO, GO, 3)).isEmpty();
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = Stream.concat(Stream.of("git", "-c", "core.autocrlf=false"), Stream.of(args)).toList();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertThat(process.waitFor()).as("%s failed:%n%s", command, output).isZero();
    }
}
