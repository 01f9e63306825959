package dev.gorewrite.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gorewrite.engine.CheckOutcome;
import dev.gorewrite.engine.EditOutcome;
import dev.gorewrite.engine.EditStatus;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Problem;
import dev.gorewrite.engine.RunSummary;
import dev.gorewrite.golang.Utf8;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The machine-readable report of `run --json` and `check --json`. */
public final class JsonReport {
    private JsonReport() {}

    public static void write(OutputStream out, String mode, List<FileOutcome> outcomes, boolean withDiff)
            throws IOException {
        write(out, mode, outcomes, withDiff, ReportView.DEFAULT);
    }

    /**
     * The files {@code view} lists (with their diffs if {@code withDiff}), every violated check of
     * every file, and the summary of all of them.
     */
    public static void write(OutputStream out, String mode, List<FileOutcome> outcomes, boolean withDiff,
            ReportView view) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("mode", mode);
            g.writeArrayFieldStart("files");
            for (FileOutcome f : RunSummary.listed(outcomes, view.everyFile())) {
                writeFile(g, f, withDiff ? diff(f, view.context()) : null);
            }
            g.writeEndArray();
            writeViolations(g, outcomes);
            writeSummary(g, RunSummary.of(outcomes), view);
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** Every place a check fails, as `check` prints them: path, line, recipe, check id, message. */
    private static void writeViolations(JsonGenerator g, List<FileOutcome> outcomes) throws IOException {
        g.writeArrayFieldStart("violations");
        for (FileOutcome f : outcomes) {
            for (CheckOutcome c : f.checks()) {
                if (!c.passed()) {
                    g.writeStartObject();
                    g.writeStringField("path", f.path());
                    g.writeNumberField("line", c.line());
                    g.writeStringField("recipe", c.recipeId());
                    g.writeStringField("check", c.id());
                    g.writeStringField("says", c.says());
                    g.writeStringField("message", c.message());
                    g.writeEndObject();
                }
            }
        }
        g.writeEndArray();
    }

    private static void writeSummary(JsonGenerator g, RunSummary s, ReportView view) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", s.files());
        g.writeNumberField("changed", s.changed());
        g.writeNumberField("unchanged", s.unchanged());
        g.writeNumberField("failed", s.failed());
        g.writeNumberField("unlisted", view.everyFile() ? 0 : s.unmatched());
        g.writeObjectFieldStart("edits");
        for (EditStatus status : EditStatus.values()) {
            g.writeNumberField(status.label(), s.count(status));
        }
        g.writeEndObject();
        g.writeNumberField("checks", s.checks());
        g.writeNumberField("violated", s.violated());
        g.writeNumberField("violations", s.violations());
        g.writeEndObject();
    }

    /** One file; {@code diff} null leaves the diff out. */
    private static void writeFile(JsonGenerator g, FileOutcome f, String diff) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        g.writeStringField("status", f.status().name().toLowerCase(java.util.Locale.ROOT));
        g.writeArrayFieldStart("edits");
        for (EditOutcome e : f.edits()) {
            g.writeStartObject();
            g.writeStringField("recipe", e.recipeId());
            g.writeStringField("guide", e.guide());
            g.writeStringField("status", e.status().label());
            g.writeNumberField("line", e.line());
            g.writeStringField("detail", e.detail());
            g.writeArrayFieldStart("matches");
            for (EditOutcome.Place p : e.matches()) {
                g.writeStartObject();
                g.writeNumberField("line", p.line());
                g.writeNumberField("column", p.column());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("checks");
        for (CheckOutcome c : f.checks()) {
            g.writeStartObject();
            g.writeStringField("recipe", c.recipeId());
            g.writeStringField("id", c.id());
            g.writeStringField("says", c.says());
            g.writeBooleanField("passed", c.passed());
            g.writeNumberField("line", c.line());
            g.writeStringField("message", c.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("problems");
        for (Problem p : f.problems()) {
            g.writeStartObject();
            g.writeStringField("path", p.path());
            g.writeNumberField("line", p.line());
            g.writeNumberField("column", p.column());
            g.writeStringField("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            g.writeStringField("message", p.message());
            g.writeStringField("text", p.toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (diff != null) {
            g.writeStringField("diff", diff);
        }
        g.writeEndObject();
    }

    public static String diff(FileOutcome f) {
        return diff(f, ReportView.DEFAULT.context());
    }

    /** The file's diff with {@code context} unchanged lines around each change; "" unless it changed. */
    public static String diff(FileOutcome f, int context) {
        if (f.status() != FileOutcome.Status.CHANGED) {
            return "";
        }
        if (f.created()) {
            return UnifiedDiff.created(f.path(), Utf8.decode(f.after()));
        }
        return UnifiedDiff.of(f.path(), Utf8.decode(f.before()), Utf8.decode(f.after()), context);
    }
}
