package dev.gorewrite.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JSON document `--json` prints when a command ends in an error before it printed its report
 * (a usage error, a broken recipe, a missing path, a crash): a program reading stdout always gets
 * JSON, with the same messages stderr got.
 *
 * <pre>{"command": "run", "exitCode": 2, "errors": [{"message": "..."}]}</pre>
 */
final class JsonErrors {
    private JsonErrors() {}

    /** Whether {@code args} ask for JSON: `--json` before any `--` (after it, it would be a path). */
    static boolean requested(String... args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--json")) {
                return true;
            }
        }
        return false;
    }

    /** The command {@code args} name: their first word that is no option ("" if none). */
    static String command(String... args) {
        return Stream.of(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse("");
    }

    static void write(OutputStream out, String command, int exitCode, List<String> messages) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("command", command);
            g.writeNumberField("exitCode", exitCode);
            g.writeArrayFieldStart("errors");
            for (String message : messages) {
                g.writeStartObject();
                g.writeStringField("message", message);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }
}
