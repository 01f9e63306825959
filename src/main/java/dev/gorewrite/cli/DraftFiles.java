package dev.gorewrite.cli;

import dev.gorewrite.golang.Utf8;
import dev.gorewrite.guide.DraftedRecipe;
import dev.gorewrite.io.IoReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * `guide -o DIR`: the drafted recipe files written into DIR (made if missing), for `run --recipes
 * DIR`. A file already there is someone's reviewed draft, perhaps: none is replaced without
 * --force, and every name is checked before the first file is written, so a refusal writes nothing.
 */
final class DraftFiles {
    private DraftFiles() {}

    /** The messages of what could not be written (empty: all written), each naming its file. */
    static List<String> write(Path dir, List<DraftedRecipe> drafts, boolean force) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return List.of(dir + ": not a folder");
        }
        List<String> refused = new ArrayList<>();
        // A drafted file is gorewrite's own output, as a PR description is: the same refusals, the same writer.
        for (DraftedRecipe d : drafts) {
            new PrBodyFile(dir.resolve(d.fileName()), force).refusal()
                    .ifPresent(why -> refused.add(dir.resolve(d.fileName()) + ": " + why));
        }
        if (!refused.isEmpty()) {
            return refused;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return List.of(dir + ": cannot make the folder: " + IoReason.of(e));
        }
        for (DraftedRecipe d : drafts) {
            Path file = dir.resolve(d.fileName());
            new PrBodyFile(file, force).write(Utf8.encode(d.yaml())).ifPresent(why -> refused.add(file + ": " + why));
        }
        return refused;
    }
}
