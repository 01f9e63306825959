package dev.gorewrite.golang;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rune and string literals that gofmt rejects (and a few it accepts) give the same errors, at the
 * same places, as {@code gofmt -e}; the tokens still give back every byte.
 */
class LiteralErrorTest {
    private static final Pattern GOFMT_ERROR = Pattern.compile("(?m)^.*?snippet\\.go:(\\d+:\\d+: .*)$");

    @ParameterizedTest
    @ValueSource(strings = {
        "'ab'", "''", "'日本'", "\"\\q\"", "'\\q'", "\"\\x4g\"", "\"\\0\"", "'\\400'", "\"\\uD800\"",
        "\"\\U00110000\"", "'\\\"'", "\"\\'\"", "\"a\\qb\\zc\"", "'\\x4'", "\"\\x'1\"", "'\\u12'", "\"\\8\"",
        "\"\\x\\x41\"", "'\\xé'", "'\\q\\q'", "\"é\\q\"",
        // valid
        "'\\''", "'\\\\'", "'\\x41'", "'\\u00e9'", "'\\U0001F600'", "'\\377'", "\"\\\"\"", "'日'", "'😀'",
        "\"\\a\\b\\f\\n\\r\\t\\v\\\\\"", "\"\\xff\\000\\uFFFF\\U0010FFFF\""})
    void errorsAndPlacesAreGofmts(String literal) {
        Assumptions.assumeTrue(GoSyntaxTest.gofmtAvailable(), "gofmt not installed");
        byte[] source = ("package p\n\nvar x, y = 1, " + literal + "\n").getBytes(UTF_8);

        GoFile file = GoFile.parse("snippet.go", source);

        assertThat(file.roundTrip()).isEqualTo(source);
        assertThat(ours(file)).as(literal).isEqualTo(gofmts(source));
    }

    private static List<String> ours(GoFile file) {
        return file.errors().stream().map(e -> e.line() + ":" + e.column() + ": " + e.message()).toList();
    }

    private static List<String> gofmts(byte[] source) {
        Matcher m = GOFMT_ERROR.matcher(GoSyntaxTest.gofmt(source).stderr());
        List<String> errors = new ArrayList<>();
        while (m.find()) {
            errors.add(m.group(1));
        }
        return errors;
    }
}
