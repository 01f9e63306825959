package dev.gorewrite.golang;

/** Go string literal values. */
public final class GoStrings {
    private GoStrings() {}

    /**
     * The value of an interpreted ("...") or raw (`...`) string literal; bytes that are not UTF-8
     * ({@code \xff}) come back as the escape chars of {@link Utf8}. Null if the literal is malformed.
     */
    public static String unquote(String literal) {
        try {
            return unquoteOrThrow(literal);
        } catch (IllegalArgumentException badEscape) {
            return null; // a malformed numeric escape (NumberFormatException is one)
        }
    }

    private static String unquoteOrThrow(String literal) {
        if (literal.length() < 2) {
            return null;
        }
        char quote = literal.charAt(0);
        if (quote == '`' && literal.endsWith("`")) {
            return literal.substring(1, literal.length() - 1).replace("\r", "");
        }
        if (quote != '"' || !literal.endsWith("\"")) {
            return null;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        String body = literal.substring(1, literal.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                int cp = body.codePointAt(i);
                bytes.writeBytes(Utf8.encode(new String(Character.toChars(cp))));
                i += Character.charCount(cp) - 1;
                continue;
            }
            if (++i >= body.length()) {
                return null;
            }
            char e = body.charAt(i);
            switch (e) {
                case 'a' -> bytes.write(7);
                case 'b' -> bytes.write(8);
                case 'f' -> bytes.write(12);
                case 'n' -> bytes.write('\n');
                case 'r' -> bytes.write('\r');
                case 't' -> bytes.write('\t');
                case 'v' -> bytes.write(11);
                case '\\', '"' -> bytes.write(e);
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + digits >= body.length()) {
                        return null;
                    }
                    int value = Integer.parseUnsignedInt(body.substring(i + 1, i + 1 + digits), 16);
                    if (e == 'x') {
                        bytes.write(value);
                    } else {
                        bytes.writeBytes(Utf8.encode(new String(Character.toChars(value))));
                    }
                    i += digits;
                }
                default -> {
                    if (e < '0' || e > '7' || i + 2 >= body.length()) {
                        return null;
                    }
                    bytes.write(Integer.parseInt(body.substring(i, i + 3), 8));
                    i += 2;
                }
            }
        }
        return Utf8.decode(bytes.toByteArray());
    }
}
