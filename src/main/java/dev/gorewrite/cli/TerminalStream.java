package dev.gorewrite.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A stream the commands print to: escaping control characters (or not: stdout to a file stays
 * byte-exact), knowing whether it is a terminal and whether to paint, and keeping whether a write
 * failed. Only gorewrite's own colour codes and the progress line bypass the escaping, through
 * {@link #raw}. Closing it only flushes: stdout and stderr outlive any command.
 */
final class TerminalStream extends PrintStream {
    private final OutputSink sink;
    private final EscapingOutputStream escaping;
    private final PrintStream raw;
    private final boolean terminal;
    private volatile boolean colour;

    private TerminalStream(OutputSink sink, EscapingOutputStream escaping, boolean terminal) {
        super(escaping == null ? sink : escaping, true, StandardCharsets.UTF_8);
        this.sink = sink;
        this.escaping = escaping;
        this.raw = new PrintStream(sink, true, StandardCharsets.UTF_8);
        this.terminal = terminal;
    }

    /** Writing {@code target} byte for byte (stdout to a file or a pipe: the diff must apply). */
    static TerminalStream exact(OutputStream target) {
        return new TerminalStream(new OutputSink(target), null, false);
    }

    /** Writing {@code target} for a person, keeping the lines if asked ({@code keepLines}). */
    static TerminalStream escaping(OutputStream target, boolean terminal, boolean keepLines) {
        OutputSink sink = new OutputSink(target);
        return new TerminalStream(sink, new EscapingOutputStream(sink, keepLines), terminal);
    }

    /** The stream under the escaping, with everything printed so far flushed into it. */
    PrintStream raw() {
        flush();
        return raw;
    }

    boolean terminal() {
        return terminal;
    }

    boolean colour() {
        return colour;
    }

    /** Set once, when the options are parsed (--color), before a command runs. */
    void colour(boolean paint) {
        colour = paint;
    }

    /** The lines printed so far through the escaping, if they were kept. */
    java.util.List<String> lines() {
        flush();
        return escaping == null ? java.util.List.of() : escaping.lines();
    }

    boolean wroteAnything() {
        flush();
        return sink.wroteAnything();
    }

    /** Why a write failed, if one did. */
    Optional<String> failure() {
        flush();
        if (sink.failure().isPresent()) {
            return sink.failure();
        }
        return super.checkError() || raw.checkError() ? Optional.of("write error") : Optional.empty();
    }

    @Override
    public void close() {
        flush();
    }
}
