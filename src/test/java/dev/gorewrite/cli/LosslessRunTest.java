package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real service file with CRLF, a BOM or a stray Latin-1 byte migrates with those bytes kept. */
class LosslessRunTest {
    private static final Path INPUT = Path.of("examples/kubernaut/test/infrastructure/gateway_e2e_hybrid.go");
    private static final Path GOLDEN = Path.of("examples/expected/test/infrastructure/gateway_e2e_hybrid.go.golden");

    @TempDir
    Path root;

    @Test
    void crlfFileStaysCrlf() throws IOException {
        byte[] result = migrate(crlf(read(INPUT)));
        assertThat(new String(result, StandardCharsets.UTF_8)).isEqualTo(new String(crlf(read(GOLDEN)), StandardCharsets.UTF_8));
    }

    @Test
    void bomIsKept() throws IOException {
        byte[] result = migrate(withBom(read(INPUT)));
        assertThat(result).isEqualTo(withBom(read(GOLDEN)));
    }

    @Test
    void nonUtf8ByteInACommentIsKept() throws IOException {
        byte[] latin1 = "// Copyright (c) Soci\u00e9t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] result = migrate(prepend(latin1, read(INPUT)));
        assertThat(result).isEqualTo(prepend(latin1, read(GOLDEN)));
    }

    private byte[] migrate(byte[] input) throws IOException {
        Path file = Files.createDirectories(root.resolve("test/infrastructure")).resolve("gateway_e2e_hybrid.go");
        Files.write(file, input);
        CliRunner r = CliRunner.run("run", "--apply", root.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        return Files.readAllBytes(file);
    }

    private static byte[] read(Path p) throws IOException {
        return Files.readAllBytes(p);
    }

    private static byte[] crlf(byte[] lf) {
        return new String(lf, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(byte[] b) {
        return prepend(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b);
    }

    private static byte[] prepend(byte[] head, byte[] b) {
        byte[] out = new byte[head.length + b.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(b, 0, out, head.length, b.length);
        return out;
    }
}
