package dev.gorewrite.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.gorewrite.engine.CheckOutcome;
import dev.gorewrite.engine.EditOutcome;
import dev.gorewrite.engine.EditStatus;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.golang.Utf8;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON report: what it lists and counts, and bytes that are not UTF-8 (kept as U+DC80+byte) as escapes, losslessly. */
class JsonReportTest {
    @Test
    void aNonUtf8ByteInADiffBecomesAnEscapedLoneSurrogateThatMapsBackToTheByte() throws Exception {
        byte[] before = "package p\n\n// caf\u00e9\nvar x = 1\n".getBytes(StandardCharsets.ISO_8859_1); // é as the byte E9
        byte[] after = "package p\n\n// caf\u00e9\nvar x = 2\n".getBytes(StandardCharsets.ISO_8859_1);
        FileOutcome changed = new FileOutcome("p.go", FileOutcome.Status.CHANGED, before, after, List.of(), List.of(),
                List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JsonReport.write(out, "dry-run", List.of(changed), true);

        byte[] json = out.toByteArray();
        // Valid UTF-8 throughout (a strict decoder accepts it), with the byte written as an escape.
        StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(json));
        assertThat(new String(json, StandardCharsets.UTF_8)).containsIgnoringCase("// caf\\udce9");
        String diff = stringField(json, "diff");
        assertThat(diff).contains(" // caf\udce9\n").contains("-var x = 1\n+var x = 2\n");
        // A reader that maps U+DC80..U+DCFF back to bytes (as Python's surrogateescape does) gets the file's bytes.
        String contextLine = diff.lines().filter(l -> l.startsWith(" // caf")).findFirst().orElseThrow();
        assertThat(Utf8.encode(contextLine.substring(1))).containsExactly(
                "// caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void listsMatchedFilesAndEveryViolationAndCountsAllFiles() throws Exception {
        byte[] same = "package p\n".getBytes(StandardCharsets.UTF_8);
        List<FileOutcome> outcomes = List.of(
                new FileOutcome("a.go", FileOutcome.Status.UNCHANGED, same, same,
                        List.of(new EditOutcome("r", "change 1", EditStatus.NOT_APPLICABLE, 0, "")), List.of(), List.of()),
                new FileOutcome("b.go", FileOutcome.Status.UNCHANGED, same, same, List.of(),
                        List.of(new CheckOutcome("r", "no-sleep", "no sleeps", false, 4, "found code `time.Sleep`"),
                                new CheckOutcome("r", "no-sleep", "no sleeps", false, 9, "found code `time.Sleep`")),
                        List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JsonReport.write(out, "check", outcomes, false, ReportView.DEFAULT);

        Map<String, Object> report = Json.object(out.toByteArray());
        assertThat(Json.asList(report.get("files"))).extracting(f -> Json.asMap(f).get("path")).containsExactly("b.go");
        assertThat(Json.asList(report.get("violations"))).extracting(v -> Json.asMap(v).get("line")).containsExactly(4L, 9L);
        assertThat(Json.asMap(Json.asList(report.get("violations")).get(0))).containsEntry("path", "b.go")
                .containsEntry("recipe", "r").containsEntry("check", "no-sleep")
                .containsEntry("message", "found code `time.Sleep`");
        Map<String, Object> summary = Json.asMap(report.get("summary"));
        assertThat(summary).containsEntry("files", 2L).containsEntry("unchanged", 2L).containsEntry("unlisted", 1L)
                .containsEntry("checks", 1L).containsEntry("violated", 1L).containsEntry("violations", 2L);
        assertThat(Json.asMap(summary.get("edits"))).containsEntry("not-applicable", 1L).containsEntry("applied", 0L);

        ByteArrayOutputStream verbose = new ByteArrayOutputStream();
        JsonReport.write(verbose, "check", outcomes, false, new ReportView(true, false, false, 3));
        assertThat(Json.asList(Json.object(verbose.toByteArray()).get("files"))).hasSize(2);
    }

    @Test
    void theDiffHasTheContextAskedFor() {
        String before = "package p\n\nvar a = 1\nvar b = 2\nvar c = 3\nvar d = 4\nvar e = 5\n";
        FileOutcome changed = new FileOutcome("p.go", FileOutcome.Status.CHANGED, Utf8.encode(before),
                Utf8.encode(before.replace("c = 3", "c = 30")), List.of(), List.of(), List.of());

        assertThat(JsonReport.diff(changed, 0).lines().filter(l -> l.startsWith("@@"))).containsExactly("@@ -5,1 +5,1 @@");
        assertThat(JsonReport.diff(changed, 1)).contains("@@ -4,3 +4,3 @@\n var b = 2\n-var c = 3\n+var c = 30\n var d = 4\n");
        assertThat(JsonReport.diff(changed)).contains("@@ -2,6 +2,6 @@");
    }

    private static String stringField(byte[] json, String name) throws Exception {
        List<String> found = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals(name)) {
                    p.nextToken();
                    found.add(p.getText());
                }
            }
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
