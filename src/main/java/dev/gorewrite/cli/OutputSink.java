package dev.gorewrite.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Optional;

/**
 * The bottom of stdout or stderr: counts what reached it and keeps the reason of the first write
 * that failed. PrintStream swallows write errors; without this, `run > /dev/full` would exit 0
 * having written nothing, and say nothing.
 */
final class OutputSink extends FilterOutputStream {
    private long written;
    private IOException failure;

    OutputSink(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
            written += length;
        } catch (IOException e) {
            failure = failure == null ? e : failure;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            failure = failure == null ? e : failure;
            throw e;
        }
    }

    /** The caller's stream is not ours to close. */
    @Override
    public void close() throws IOException {
        flush();
    }

    boolean wroteAnything() {
        return written > 0;
    }

    /** Why writing failed, in the operating system's words ("No space left on device"), if it did. */
    Optional<String> failure() {
        if (failure == null && out instanceof PrintStream quiet && quiet.checkError()) {
            return Optional.of("write error"); // a PrintStream below kept the reason to itself
        }
        return Optional.ofNullable(failure).map(e -> e.getMessage() == null ? "write error" : e.getMessage());
    }
}
