package dev.gorewrite.golang;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * UTF-8 that never loses a byte. Each byte that is not part of a well-formed sequence is decoded
 * to the lone surrogate {@code 0xDC00 + byte} (never produced by valid UTF-8) and encoded back to
 * that same byte, so a file with stray Latin-1 bytes in a comment survives a rewrite unchanged.
 */
public final class Utf8 {
    private static final char ESCAPE_BASE = 0xDC00;
    /** What the JDK's ASCII decoding puts for a byte that is not ASCII; no ASCII byte decodes to it. */
    private static final char REPLACEMENT = '\uFFFD';

    private Utf8() {}

    public static String decode(byte[] bytes) {
        String jdk = new String(bytes, StandardCharsets.UTF_8);
        if (jdk.indexOf(REPLACEMENT) < 0) {
            return jdk; // well-formed UTF-8 (the JDK puts U+FFFD for every malformed byte): decoded in bulk
        }
        return decodeByteByByte(bytes);
    }

    /** {@link #decode} of bytes that are not all well-formed UTF-8, or that hold U+FFFD itself. */
    private static String decodeByteByByte(byte[] bytes) {
        int ascii = asciiPrefix(bytes);
        if (ascii == bytes.length) {
            return new String(bytes, StandardCharsets.ISO_8859_1); // one bulk copy: most Go files are ASCII
        }
        StringBuilder out = new StringBuilder(bytes.length);
        out.append(new String(bytes, 0, ascii, StandardCharsets.ISO_8859_1));
        int i = ascii;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                out.append((char) (ESCAPE_BASE + b));
                i++;
                continue;
            }
            int cp = b & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                cp = (cp << 6) | (bytes[i + k] & 0x3F);
            }
            out.appendCodePoint(cp);
            i += length;
        }
        return out.toString();
    }

    private static int asciiPrefix(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && bytes[i] >= 0) {
            i++;
        }
        return i;
    }

    /**
     * Whether {@code text} encodes to exactly {@code bytes}, as {@link #encode} would, compared
     * char by char without building the encoded copy (on a plain array: String.charAt on a
     * non-Latin-1 string is slow before the JIT has compiled it fully).
     */
    public static boolean encodesTo(String text, byte[] bytes) {
        if (bytes.length == text.length() && text.indexOf(REPLACEMENT) < 0
                && text.equals(new String(bytes, StandardCharsets.US_ASCII))) {
            return true; // ASCII text, equal to the bytes: the JDK's decoding and equals compare it in bulk
        }
        char[] chars = text.toCharArray();
        int n = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (n >= bytes.length || bytes[n++] != c) {
                    return false;
                }
                continue;
            }
            int count = Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1]) ? 2 : 1;
            byte[] encoded = encode(new String(chars, i, count));
            if (!Arrays.equals(encoded, 0, encoded.length, bytes, n, Math.min(bytes.length, n + encoded.length))) {
                return false;
            }
            n += encoded.length;
            i += count - 1;
        }
        return n == bytes.length;
    }

    /** Length of the well-formed sequence starting at {@code i}, or 0 if it is malformed. */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length;
        int min;
        int max = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = b == 0xE0 ? 0xA0 : 0x80;
            max = b == 0xED ? 0x9F : 0xBF; // no encoded surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = b == 0xF0 ? 0x90 : 0x80;
            max = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < min || second > max) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int c = bytes[i + k] & 0xFF;
            if (c < 0x80 || c > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    /**
     * One character of decoded text as a message names it: a byte that is not UTF-8 as that byte
     * ("byte 0xFF (not UTF-8)"), since the stand-in surrogate means nothing to a reader; any
     * other as "character U+0040 '@'".
     */
    public static String describe(int codePoint) {
        if (codePoint >= ESCAPE_BASE + 0x80 && codePoint <= ESCAPE_BASE + 0xFF) {
            return String.format(Locale.ROOT, "byte 0x%02X (not UTF-8)", codePoint - ESCAPE_BASE);
        }
        return String.format(Locale.ROOT, "character U+%04X '%s'", codePoint, Character.toString(codePoint));
    }

    public static byte[] encode(CharSequence text) {
        if (text instanceof String s) {
            byte[] jdk = s.getBytes(StandardCharsets.UTF_8);
            if (jdk.length == s.length() && s.equals(new String(jdk, StandardCharsets.ISO_8859_1))) {
                return jdk; // ASCII (the JDK's UTF-8 of a lone surrogate, '?', would differ from it): copied in bulk
            }
        }
        byte[] out = new byte[encodedLength(text)];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
                i++;
            } else if (isEscapedByte(text, i)) {
                out[n++] = (byte) (c - ESCAPE_BASE);
                i++;
            } else {
                int cp = Character.codePointAt(text, i);
                n = writeCodePoint(out, n, cp);
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** Number of bytes {@link #encode} writes for {@code text}. */
    public static int encodedLength(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (isEscapedByte(text, i)) {
                n += 1;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static boolean isEscapedByte(CharSequence text, int i) {
        char c = text.charAt(i);
        return c >= ESCAPE_BASE + 0x80 && c <= ESCAPE_BASE + 0xFF
                && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static int writeCodePoint(byte[] out, int n, int cp) {
        if (cp < 0x800) {
            out[n++] = (byte) (0xC0 | (cp >> 6));
        } else if (cp < 0x10000) {
            out[n++] = (byte) (0xE0 | (cp >> 12));
            out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        } else {
            out[n++] = (byte) (0xF0 | (cp >> 18));
            out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        }
        out[n++] = (byte) (0x80 | (cp & 0x3F));
        return n;
    }
}
