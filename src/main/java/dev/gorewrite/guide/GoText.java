package dev.gorewrite.guide;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.GoToken;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** Small operations on a guide block's Go text: layout, elision lines, tokens. */
final class GoText {
    /** `...`, `// ...`, `// ... rest of imports`, `/* ... *&#47;`: the guide leaves code out here. */
    private static final Pattern ELISION = Pattern.compile("^(\\.\\.\\.|//\\s*(\\.\\.\\.|…).*|/\\*\\s*(\\.\\.\\.|…).*\\*/)$");

    private GoText() {
    }

    /** The lines less the indentation they all share, without blank lines at either end. */
    static String dedent(String code) {
        List<String> lines = code.stripTrailing().lines().dropWhile(String::isBlank).toList();
        int common = lines.stream().filter(l -> !l.isBlank()).mapToInt(GoText::indentation).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(common).stripTrailing()).append('\n');
        }
        return out.toString();
    }

    static boolean elision(String line) {
        return ELISION.matcher(line.strip()).matches();
    }

    static boolean hasElision(String code) {
        return code.lines().anyMatch(GoText::elision);
    }

    /** The code tokens the parser would see (automatic semicolons included). */
    static List<GoToken> tokens(String code) {
        return GoFile.lex("guide", code.getBytes(StandardCharsets.UTF_8)).codeTokens();
    }

    static boolean comment(String line) {
        String s = line.strip();
        return s.startsWith("//") || s.startsWith("/*");
    }

    /** The text of a `//` comment line without its marker. */
    static String commentText(String line) {
        String s = line.strip();
        return s.startsWith("//") ? s.substring(2).strip() : s.replaceAll("^/\\*|\\*/$", "").strip();
    }

    /** +1 for an opening bracket, -1 for a closing one, 0 for any other token. */
    static int depth(String token) {
        return switch (token) {
            case "(", "[", "{" -> 1;
            case ")", "]", "}" -> -1;
            default -> 0;
        };
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
