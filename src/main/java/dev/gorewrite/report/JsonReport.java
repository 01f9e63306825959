package dev.gorewrite.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gorewrite.engine.CheckOutcome;
import dev.gorewrite.engine.EditOutcome;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.golang.Utf8;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The machine-readable report of `run --json` and `check --json`. */
public final class JsonReport {
    private JsonReport() {}

    public static void write(OutputStream out, String mode, List<FileOutcome> outcomes, boolean withDiff)
            throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("mode", mode);
            g.writeArrayFieldStart("files");
            for (FileOutcome f : outcomes) {
                writeFile(g, f, withDiff);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", outcomes.size());
            g.writeNumberField("changed", outcomes.stream().filter(f -> f.status() == FileOutcome.Status.CHANGED).count());
            g.writeNumberField("failed", outcomes.stream().filter(f -> f.status() == FileOutcome.Status.FAILED).count());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeFile(JsonGenerator g, FileOutcome f, boolean withDiff) throws IOException {
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
        for (String p : f.problems()) {
            g.writeString(p);
        }
        g.writeEndArray();
        if (withDiff) {
            g.writeStringField("diff", diff(f));
        }
        g.writeEndObject();
    }

    public static String diff(FileOutcome f) {
        if (f.status() != FileOutcome.Status.CHANGED) {
            return "";
        }
        return UnifiedDiff.of(f.path(), Utf8.decode(f.before()), Utf8.decode(f.after()), 3);
    }
}
