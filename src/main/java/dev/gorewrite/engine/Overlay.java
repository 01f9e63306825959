package dev.gorewrite.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The file {@code go build -overlay} reads: each changed file's path mapped to a scratch copy of
 * its new content, so go sees the rewrite while the checkout stays as it is.
 */
record Overlay(Path json, Map<Path, String> copies) {
    Overlay {
        copies = Map.copyOf(copies);
    }

    /** The path (relative to ROOT) of the file whose new content {@code copy} holds, if it is one of ours. */
    Optional<String> original(Path copy) {
        return Optional.ofNullable(copies.get(copy.toAbsolutePath().normalize()));
    }

    /** Writes the new contents and the overlay JSON under {@code scratch}. */
    static Overlay write(Path scratch, Path base, List<FileOutcome> outcomes) throws IOException {
        Map<Path, String> copies = new HashMap<>();
        Path json = scratch.resolve("overlay.json");
        try (OutputStream out = Files.newOutputStream(json);
                JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("Replace");
            int n = 0;
            for (FileOutcome o : outcomes) {
                if (o.status() == FileOutcome.Status.CHANGED) {
                    Path copy = scratch.resolve(n++ + "-" + Path.of(o.path()).getFileName());
                    Files.write(copy, o.after());
                    copies.put(copy.toAbsolutePath().normalize(), o.path());
                    g.writeStringField(base.resolve(o.path()).normalize().toString(), copy.toString());
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        return new Overlay(json, copies);
    }
}
