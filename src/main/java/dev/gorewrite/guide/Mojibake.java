package dev.gorewrite.guide;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Repairs UTF-8 that was decoded as a single-byte code page and saved again ("â•" for "═").
 * Each run of non-ASCII characters is re-encoded in the code page and decoded as UTF-8; a run
 * whose bytes were partly lost (code pages leave some bytes undefined) keeps what decodes and
 * marks the rest U+FFFD. Runs that do not look like UTF-8 bytes at all (a genuine "é") are kept,
 * and so is a text with any character the code page cannot give ("═", an emoji): it was read
 * as UTF-8 already, even where it quotes mojibake.
 */
public final class Mojibake {
    /** Turkish first: our guides arrive through it; the others cover the usual Western mistakes. */
    private static final List<Charset> CODE_PAGES = List.of(
            Charset.forName("windows-1254"), Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1);

    private Mojibake() {}

    public static Repair repair(String text) {
        Optional<Charset> page = CODE_PAGES.stream().filter(p -> encoded(text, p).isPresent()).findFirst();
        return page.isPresent() ? repair(text, page.get()) : new Repair(text, 0, 0);
    }

    private static Repair repair(String text, Charset page) {
        StringBuilder out = new StringBuilder(text.length());
        int repaired = 0;
        int left = 0;
        int i = 0;
        while (i < text.length()) {
            int end = runEnd(text, i);
            if (end == i) {
                out.append(text.charAt(i++));
                continue;
            }
            String run = text.substring(i, end);
            Optional<byte[]> bytes = encoded(run, page).filter(Mojibake::looksLikeUtf8);
            if (bytes.isEmpty()) {
                out.append(run);
            } else if (strict(bytes.get()).isPresent()) {
                out.append(strict(bytes.get()).get());
                repaired++;
            } else {
                out.append(new String(bytes.get(), StandardCharsets.UTF_8));
                left++;
            }
            i = end;
        }
        return new Repair(out.toString(), repaired, left);
    }

    private static int runEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) > 0x7F) {
            end++;
        }
        return end;
    }

    /** The text's bytes in {@code page}, if it can encode every character. */
    private static Optional<byte[]> encoded(String text, Charset page) {
        CharsetEncoder encoder = page.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT).onMalformedInput(CodingErrorAction.REPORT);
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return Optional.of(bytes);
        } catch (CharacterCodingException notThisPage) {
            return Optional.empty();
        }
    }

    /** A UTF-8 lead byte followed by a continuation byte: what mojibake is made of. */
    private static boolean looksLikeUtf8(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            int next = bytes[i + 1] & 0xFF;
            if (lead >= 0xC2 && lead <= 0xF4 && next >= 0x80 && next <= 0xBF) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> strict(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException lostBytes) {
            return Optional.empty();
        }
    }
}
