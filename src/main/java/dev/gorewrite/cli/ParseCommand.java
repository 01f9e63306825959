package dev.gorewrite.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gorewrite.engine.Parallel;
import dev.gorewrite.engine.RegularFile;
import dev.gorewrite.engine.SourceTree;
import dev.gorewrite.golang.TreeSink;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.ParseOutcome;
import dev.gorewrite.golang.SyntaxError;
import dev.gorewrite.io.IoReason;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

@Command(name = "parse", mixinStandardHelpOptions = true, description = {
        "Check Go files for syntax errors with gorewrite's own parser.",
        "Folders are searched for *.go files, skipping testdata, vendor and dot-folders unless named directly."},
        footer = {"", "Exit: 0 all parsed, 1 some files have syntax errors, 2 usage,",
                "3 a path is missing or could not be read (each is named; the others are still parsed)."})
final class ParseCommand implements Callable<Integer> {
    @ParentCommand
    GorewriteCommand parent;

    @Option(names = "--stats", description = "Print files, bytes, seconds, MB/s, SLL fallbacks and round-trip failures.")
    boolean stats;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Go files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintStream out = parent.out;
        PrintStream err = parent.err;
        long start = System.nanoTime();
        SourceTree.GoFiles found = SourceTree.goFiles(paths);
        List<ParseOutcome> outcomes = new ArrayList<>();
        try (ProgressLine progress = ProgressLine.start(err)) {
            outcomes.addAll(Parallel.map(found.files(), file -> {
                progress.progress().scanned();
                ParseOutcome outcome = parseOne(file);
                progress.progress().parsed();
                return outcome;
            }, (file, exhausted) -> ParseOutcome.unreadable(file.toString(), exhausted.reason())));
        }
        // A missing path, a folder that cannot be listed, a pipe: each named, the rest still parsed.
        found.skipped().forEach(s -> outcomes.add(ParseOutcome.unreadable(s.path().toString(), s.reason())));
        double seconds = (System.nanoTime() - start) / 1e9;
        ParseStats totals = ParseStats.of(outcomes, seconds);

        if (json) {
            writeJson(out, outcomes, totals);
        } else {
            for (ParseOutcome o : outcomes) {
                if (o.ioError() != null) {
                    err.println(o.path() + ": " + o.ioError());
                }
                for (SyntaxError e : o.errors()) {
                    err.println(e);
                }
                if (!o.roundTripExact()) {
                    err.println(o.path() + ": tokens do not give back the file's bytes (gorewrite bug)");
                }
            }
            if (stats) {
                out.println(totals.describe());
            }
        }
        if (totals.unreadable() > 0) {
            return ExitCodes.FAILED;
        }
        return totals.failed() > 0 ? ExitCodes.FOUND : ExitCodes.OK;
    }

    private static ParseOutcome parseOne(Path file) {
        try {
            // A path named directly may be a link, which `parse` follows (the walk yields none).
            // Only the errors are wanted: each declaration's tree is dropped as soon as it is checked.
            return ParseOutcome.of(GoFile.parse(file.toString(), RegularFile.read(file.toRealPath()), TreeSink.NONE));
        } catch (IOException e) {
            return ParseOutcome.unreadable(file.toString(), "cannot read: " + IoReason.of(e));
        } catch (UncheckedIOException e) {
            return ParseOutcome.unreadable(file.toString(), "cannot read: " + IoReason.of(e));
        }
    }

    private static void writeJson(PrintStream out, List<ParseOutcome> outcomes, ParseStats totals) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("files");
            for (ParseOutcome o : outcomes) {
                g.writeStartObject();
                g.writeStringField("path", o.path());
                g.writeBooleanField("ok", o.ok());
                g.writeNumberField("bytes", o.bytes());
                g.writeBooleanField("llFallback", o.llFallback());
                g.writeBooleanField("roundTripExact", o.roundTripExact());
                if (o.ioError() != null) {
                    g.writeStringField("ioError", o.ioError());
                }
                g.writeArrayFieldStart("errors");
                for (SyntaxError e : o.errors()) {
                    g.writeStartObject();
                    g.writeNumberField("line", e.line());
                    g.writeNumberField("column", e.column());
                    g.writeStringField("message", e.message());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("stats");
            g.writeNumberField("files", totals.files());
            g.writeNumberField("failed", totals.failed());
            g.writeNumberField("bytes", totals.bytes());
            g.writeNumberField("seconds", Double.parseDouble(String.format(Locale.ROOT, "%.3f", totals.seconds())));
            g.writeNumberField("sllFallbacks", totals.sllFallbacks());
            g.writeNumberField("roundTripFailures", totals.roundTripFailures());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.println();
    }
}
