package dev.gorewrite.golang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Go inputs for property-based tests: real files from the Go standard library, the same files
 * broken at random (tokens deleted or doubled, the file cut short, stray bytes), Go-like token
 * soup and plain random bytes. Public so that other packages' properties (patterns and edits over
 * real files) can draw from the same corpus.
 */
public final class GoSources {
    /** Files up to this size keep a try fast; the corpus test parses the big ones. */
    private static final long MAX_FILE_BYTES = 12_000;
    private static final int SAMPLE_FILES = 400;
    private static final List<String> PIECES = List.of("package", "p", "func", "var", "x", "type", "struct",
            "interface", "map", "chan", "go", "defer", "return", "if", "else", "for", "range", "switch", "case",
            "select", "{", "}", "(", ")", "[", "]", ",", ";", ".", "...", ":=", "=", "+", "<-", "*", "&", "|", "~",
            "1", "0x1p-2", "1e9", "07", "1_000", "'a'", "'\\''", "\"s\"", "\"\\\"", "`raw`", "`", "'", "\"", "\\",
            "//c", "/*", "*/", "/* c */", "\n", "\r\n", " ", "\t", "é", "\uFEFF", "日本", "😀", "\u0000");

    private static List<Path> corpus;

    private GoSources() {}

    /** A sample of the standard library's small files (a few built-in ones when it is not installed). */
    public static Arbitrary<byte[]> realFiles() {
        List<Path> files = corpusSample();
        if (files.isEmpty()) {
            return Arbitraries.of(builtIn());
        }
        return Arbitraries.of(files).map(GoSources::read);
    }

    /** A real file with one to three random mistakes in it. */
    public static Arbitrary<byte[]> brokenFiles() {
        Arbitrary<Slip> slip = Combinators.combine(Arbitraries.of(Mistake.values()),
                Arbitraries.doubles().between(0, 1), Arbitraries.bytes()).as(Slip::new);
        return Combinators.combine(realFiles(), slip.list().ofMinSize(1).ofMaxSize(3)).as((file, slips) -> {
            byte[] broken = file;
            for (Slip s : slips) {
                broken = s.mistake().apply(broken, s.where(), s.stray());
            }
            return broken;
        });
    }

    /** One mistake at a place (a fraction of the file), with the byte a stray-byte mistake inserts. */
    record Slip(Mistake mistake, double where, byte stray) {}

    /** Up to 300 pieces of Go (keywords, brackets, quotes, comment starts, odd characters) in any order. */
    public static Arbitrary<byte[]> tokenSoup() {
        return Arbitraries.of(PIECES).list().ofMaxSize(300)
                .map(pieces -> String.join("", pieces).getBytes(StandardCharsets.UTF_8));
    }

    public static Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
    }

    /** One way to break a file, at a place given as a fraction of its tokens (or bytes). */
    enum Mistake {
        DELETE_TOKEN, DOUBLE_TOKEN, TRUNCATE, STRAY_BYTE;

        byte[] apply(byte[] file, double where, byte stray) {
            return switch (this) {
                case DELETE_TOKEN -> withToken(file, where, "");
                case DOUBLE_TOKEN -> withToken(file, where, null);
                case TRUNCATE -> java.util.Arrays.copyOf(file, (int) (where * file.length));
                case STRAY_BYTE -> strayByte(file, (int) (where * file.length), stray);
            };
        }

        /** The file with the token at {@code where} replaced by {@code text}, or doubled when it is null. */
        private static byte[] withToken(byte[] file, double where, String text) {
            List<GoToken> tokens = GoFile.lex("f.go", file).tokens();
            if (tokens.isEmpty()) {
                return file;
            }
            GoToken t = tokens.get((int) (where * (tokens.size() - 1)));
            String source = Utf8.decode(file);
            String replaced = source.substring(0, t.offset()) + (text == null ? t.text() + t.text() : text)
                    + source.substring(t.end());
            return Utf8.encode(replaced);
        }

        private static byte[] strayByte(byte[] file, int at, byte stray) {
            byte[] out = new byte[file.length + 1];
            System.arraycopy(file, 0, out, 0, at);
            out[at] = stray;
            System.arraycopy(file, at, out, at + 1, file.length - at);
            return out;
        }
    }

    private static synchronized List<Path> corpusSample() {
        if (corpus == null) {
            corpus = sample(corpusRoot());
        }
        return corpus;
    }

    /** Every n-th small file outside testdata, in path order, so the sample spans the library. */
    private static List<Path> sample(Path root) {
        if (root == null) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> small = walk.filter(p -> p.toString().endsWith(".go") && !p.toString().contains("/testdata/"))
                    .filter(p -> size(p) <= MAX_FILE_BYTES).sorted().toList();
            List<Path> out = new ArrayList<>();
            int step = Math.max(1, small.size() / SAMPLE_FILES);
            for (int i = 0; i < small.size(); i += step) {
                out.add(small.get(i));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Go standard library's sources, as every test finds them (TestTools), or null. */
    static Path corpusRoot() {
        return dev.gorewrite.TestTools.goCorpus().orElse(null);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<byte[]> builtIn() {
        try (Stream<Path> files = Files.list(Path.of("examples/kubernaut/test/infrastructure"))) {
            return files.sorted().map(GoSources::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
