package dev.gorewrite.cli;

import dev.gorewrite.golang.Utf8;
import dev.gorewrite.report.Printable;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes text on line by line with its control characters {@link Printable#line escaped}: what a
 * message quotes (a file name, a token, a git ref) cannot drive the terminal. Line breaks and tabs
 * pass; a byte that is not UTF-8 shows as {@code \xHH}. A partial line waits for its end or a
 * flush. Optionally keeps the lines, for `--json`'s error document.
 */
final class EscapingOutputStream extends FilterOutputStream {
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final StringBuilder line = new StringBuilder();
    private final List<String> kept;

    EscapingOutputStream(OutputStream out, boolean keepLines) {
        super(out);
        this.kept = keepLines ? new ArrayList<>() : null;
    }

    @Override
    public void write(int b) throws IOException {
        if (b == '\n') {
            emit();
            out.write('\n');
            if (kept != null) {
                kept.add(line.toString());
            }
            line.setLength(0);
        } else {
            pending.write(b);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public void flush() throws IOException {
        emit();
        out.flush();
    }

    /** The lines written so far, escaped (empty unless asked to keep them). */
    List<String> lines() {
        return kept == null ? List.of() : List.copyOf(kept);
    }

    private void emit() throws IOException {
        if (pending.size() > 0) {
            String escaped = Printable.line(Utf8.decode(pending.toByteArray()));
            pending.reset();
            if (kept != null) {
                line.append(escaped);
            }
            out.write(Utf8.encode(escaped));
        }
    }
}
