package dev.gorewrite.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.guide.Guide;
import dev.gorewrite.report.JsonReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * `guide --json`: the guide, each step (line, heading, kind, certainty, the drafted edit, status on
 * ROOT, note, problems), each validation's check and result, and the diff of every file the
 * drafts change. Without ROOT, status and result are null and there are no files.
 */
final class GuideJson {
    private GuideJson() {}

    static void write(OutputStream out, Guide guide, List<StepResult> steps, Optional<List<CheckResult>> checks,
            List<FileOutcome> outcomes) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("guide", guide.path());
            g.writeStringField("title", guide.title());
            g.writeStringField("text", guide.repair().describe());
            g.writeArrayFieldStart("steps");
            for (StepResult s : steps) {
                step(g, s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("checks");
            for (CheckResult c : checks.orElse(List.of())) {
                check(g, c);
            }
            g.writeEndArray();
            files(g, outcomes);
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void step(JsonGenerator g, StepResult s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("line", s.step().guideLine());
        g.writeStringField("heading", s.step().heading());
        g.writeStringField("kind", s.step().kind().word());
        g.writeStringField("certainty", GuideText.certainty(s.step().certainty()).replace(' ', '-'));
        edit(g, s);
        g.writeStringField("status", s.status().map(st -> st.label().replace(' ', '-')).orElse(null));
        g.writeStringField("where", s.where());
        g.writeStringField("note", s.step().note());
        g.writeArrayFieldStart("problems");
        for (String p : s.problems()) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The recipe file, the edit's index in it (null when the step is no edit of its list) and its description. */
    private static void edit(JsonGenerator g, StepResult s) throws IOException {
        g.writeStringField("recipe", s.recipeFile());
        if (s.step().editIndex() >= 0) {
            g.writeNumberField("edit", s.step().editIndex());
        } else {
            g.writeNullField("edit");
        }
        g.writeStringField("description", s.edit());
    }

    private static void check(JsonGenerator g, CheckResult c) throws IOException {
        g.writeStartObject();
        g.writeNumberField("line", c.check().guideLine());
        g.writeStringField("text", c.check().text());
        g.writeStringField("recipe", c.recipeId());
        g.writeStringField("check", c.check().checkId());
        g.writeStringField("result", c.result());
        g.writeStringField("where", c.where());
        g.writeStringField("message", c.message());
        g.writeEndObject();
    }

    /** The files the drafts change or fail, with their dry-run diffs. */
    private static void files(JsonGenerator g, List<FileOutcome> outcomes) throws IOException {
        g.writeArrayFieldStart("files");
        for (FileOutcome f : outcomes) {
            if (f.status() != FileOutcome.Status.UNCHANGED) {
                g.writeStartObject();
                g.writeStringField("path", f.path());
                g.writeStringField("status", f.status().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("diff", JsonReport.diff(f));
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }
}
