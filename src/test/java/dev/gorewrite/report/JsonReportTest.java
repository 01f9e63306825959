package dev.gorewrite.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.golang.Utf8;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report carries bytes that are not UTF-8 (kept as U+DC80+byte) as escapes, losslessly. */
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
