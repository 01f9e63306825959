package dev.gorewrite.golang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.engine.Parallel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The lexer and parser on input nobody wrote on purpose: whatever the bytes, parsing returns (no
 * exception), the tokens give back every byte, and every error has a place inside the file. A
 * hang would stop the forked JVM at the build's time limit. Each property runs a bounded number of
 * tries (jqwik.tries.default in junit-platform.properties, or its own) so that the suite takes well
 * under a minute. A failure found here is fixed and kept as an example-based test (see
 * DeepNestingTest, LiteralErrorTest).
 *
 * <p>Properties of the pattern matcher and the edits over real and broken files belong in the
 * pattern and engine test packages, drawing their inputs from {@link GoSources}.
 */
class LexerParserFuzzIT {
    @Property
    void randomBytes(@ForAll("randomBytes") byte[] bytes) {
        assertParsesLosslessly(bytes);
    }

    @Property
    void randomBytesAfterAPackageClause(@ForAll("randomBytes") byte[] bytes) {
        byte[] header = "package p\n\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[header.length + bytes.length];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(bytes, 0, file, header.length, bytes.length);
        assertParsesLosslessly(file);
    }

    @Property
    void tokenSoup(@ForAll("tokenSoup") byte[] bytes) {
        assertParsesLosslessly(bytes);
    }

    @Property(tries = 2000)
    void realFilesWithMistakes(@ForAll("brokenFiles") byte[] bytes) {
        assertParsesLosslessly(bytes);
    }

    @Property(tries = 200)
    void realFilesStayValid(@ForAll("realFiles") byte[] bytes) {
        GoFile file = assertParsesLosslessly(bytes);
        assertThat(file.errors()).isEmpty();
    }

    /** Valid nesting as deep as a 64 MB stack allows the recursive parser, on Parallel's workers as in a run. */
    @Property(tries = 50)
    void deepValidNesting(@ForAll @IntRange(min = 1, max = 4_000) int depth, @ForAll("nesters") String nester) {
        String open = nester.substring(0, nester.indexOf('|'));
        String close = nester.substring(nester.indexOf('|') + 1);
        String source = "package p\n\nvar x = " + open.repeat(depth) + "1" + close.repeat(depth) + "\n";
        GoFile file = onWorker(source.getBytes(StandardCharsets.UTF_8));
        assertThat(file.errors()).isEmpty();
        assertThat(file.roundTrip()).isEqualTo(source.getBytes(StandardCharsets.UTF_8));
    }

    /** Unbalanced brackets at depth: errors with places, never a crash. */
    @Property(tries = 50)
    void deepBrokenNesting(@ForAll("brackets") String brackets) {
        byte[] bytes = ("package p\n\nvar x = " + brackets + "\n").getBytes(StandardCharsets.UTF_8);
        GoFile file = onWorker(bytes);
        assertThat(file.roundTrip()).isEqualTo(bytes);
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return GoSources.randomBytes();
    }

    @Provide
    Arbitrary<byte[]> tokenSoup() {
        return GoSources.tokenSoup();
    }

    @Provide
    Arbitrary<byte[]> brokenFiles() {
        return GoSources.brokenFiles();
    }

    @Provide
    Arbitrary<byte[]> realFiles() {
        return GoSources.realFiles();
    }

    @Provide
    Arbitrary<String> nesters() {
        return Arbitraries.of("(|)", "-(|)", "[]int{|}[0]", "f(|)", "func() int { return |}()", "!(|)", "1 + (| + 1)");
    }

    @Provide
    Arbitrary<String> brackets() {
        return Arbitraries.of("(", ")", "[", "]", "{", "}", "1", ",", "+").list().ofMinSize(1).ofMaxSize(20_000)
                .map(list -> String.join("", list));
    }

    private static GoFile onWorker(byte[] bytes) {
        return Parallel.map(List.of(bytes), b -> GoFile.parse("fuzz.go", b)).get(0);
    }

    private static GoFile assertParsesLosslessly(byte[] bytes) {
        GoFile file = GoFile.parse("fuzz.go", bytes);
        assertThat(file.roundTrip()).isEqualTo(bytes);
        assertThat(file.roundTripExact()).isTrue();
        int lines = Utf8.decode(bytes).split("\n", -1).length;
        for (SyntaxError e : file.errors()) {
            assertThat(e.line()).as(e.toString()).isLessThanOrEqualTo(lines);
        }
        return file;
    }
}
