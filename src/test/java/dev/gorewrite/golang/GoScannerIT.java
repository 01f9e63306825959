package dev.gorewrite.golang;

import static dev.gorewrite.golang.LexerOracle.assertSameTokens;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.TestTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link GoScanner} against ANTLR's lexer for grammar/GoLexer.g4 on every file of the Go
 * standard library (testdata included, broken files among them), on those files broken at random,
 * and on random text from an alphabet of what the grammar's longest-match rules turn on.
 */
class GoScannerIT {
    /** Pieces that number, literal and comment rules decide on, and chars beyond ASCII of every kind. */
    private static final List<String> PIECES = List.of("0", "1", "7", "8", "9", "_", ".", "x", "X", "e", "E", "p", "P",
            "i", "b", "o", "a", "f", "+", "-", "'", "\"", "\\", "`", "/", "*", "/*", "*/", "//", "\n", "\r", " ", "\t",
            "é", "日", "١", "\uD835\uDFCE", "\uD835\uDC00", "\uD83D\uDE00", "\uD800", "\uDC80", "\uDBFF", "\uFEFF",
            "\u0000", "<", "=", "&", "^", "break", "go", "...", ":");

    @Test
    void everyFileOfTheGoStandardLibrary() throws IOException {
        Path corpus = TestTools.goCorpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "no Go corpus (go env GOROOT, -Dgo.corpus)");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(1000);
        for (Path file : files) {
            assertSameTokens(Utf8.decode(Files.readAllBytes(file)));
        }
    }

    @Property(tries = 10_000)
    void randomText(@ForAll("pieces") String text) {
        assertSameTokens(text);
    }

    @Property(tries = 1000)
    void randomBytes(@ForAll("bytes") byte[] bytes) {
        assertSameTokens(Utf8.decode(bytes));
    }

    @Property(tries = 500)
    void brokenFiles(@ForAll("broken") byte[] bytes) {
        assertSameTokens(Utf8.decode(bytes));
    }

    @Provide
    Arbitrary<String> pieces() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return GoSources.randomBytes();
    }

    @Provide
    Arbitrary<byte[]> broken() {
        return GoSources.brokenFiles();
    }
}
