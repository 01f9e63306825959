package dev.gorewrite.golang;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Random rune and string literals, full of backslashes, digits and quotes, get exactly gofmt's
 * errors at gofmt's places (each try runs {@code gofmt -e}, so there are few tries).
 */
class LiteralGofmtFuzzIT {
    private static final Pattern GOFMT_ERROR = Pattern.compile("(?m)^.*?snippet\\.go:(\\d+:\\d+: .*)$");

    /** jqwik's way of skipping a property: an assumption thrown before it would be an error. */
    static final class NeedsGofmt implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return GoSyntaxTest.gofmtAvailable() ? SkipResult.doNotSkip() : SkipResult.skip("gofmt not installed");
        }
    }

    @Property(tries = 150)
    @AddLifecycleHook(NeedsGofmt.class)
    void literalErrorsAreGofmts(@ForAll("literals") String literal) {
        byte[] source = ("package p\n\nvar x = " + literal + "\n").getBytes(UTF_8);

        GoFile file = GoFile.parse("snippet.go", source);

        assertThat(file.roundTrip()).isEqualTo(source);
        assertThat(file.errors().stream().map(e -> e.line() + ":" + e.column() + ": " + e.message()).toList())
                .as(literal).isEqualTo(gofmts(source));
    }

    @Provide
    Arbitrary<String> literals() {
        Arbitrary<String> body = Arbitraries.of("\\", "\\", "x", "u", "U", "0", "3", "7", "8", "a", "f", "F", "g",
                "n", "'", "é", "😀", " ", "D", "1").list().ofMaxSize(12).map(parts -> String.join("", parts));
        return Quoted.literals(body);
    }

    /** A body between quotes that stays one literal token: no unescaped closing quote inside, no trailing lone backslash. */
    private static final class Quoted {
        static Arbitrary<String> literals(Arbitrary<String> body) {
            return Arbitraries.of('\'', '"').flatMap(q -> body.map(b -> q + sealed(b, q) + q));
        }

        private static String sealed(String body, char quote) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                boolean escaped = out.length() > 0 && trailingBackslashes(out) % 2 == 1;
                out.append(c == quote && !escaped ? "\\" + c : String.valueOf(c));
            }
            if (trailingBackslashes(out) % 2 == 1) {
                out.append('n');
            }
            return out.toString();
        }

        private static int trailingBackslashes(StringBuilder s) {
            int n = 0;
            for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
                n++;
            }
            return n;
        }
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
