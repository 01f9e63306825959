package dev.gorewrite.recipetest;

import dev.gorewrite.engine.SafeWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** `test --update`: a result taken as the case's new after.go, once a person has read the diff. */
public final class Snapshots {
    private Snapshots() {}

    /** Writes {@code result}'s bytes as its after.go: the file written, or why not. */
    public static Written write(CaseResult result) {
        if (!result.updatable()) {
            throw new IllegalArgumentException(result.testCase().place() + ": only a result that merely differs is a snapshot");
        }
        Optional<Path> file = result.testCase().afterFile();
        if (file.isEmpty()) {
            return new Written(result.testCase().afterName(), Optional.of("is read from the jar; update the"
                    + " repository's copy by naming its folder, as in gorewrite test --update recipes/"));
        }
        return new Written(result.testCase().afterName(), SafeWriter.create(file.get(), result.actual()));
    }

    /** The after.go of a case, and the reason it was not written, if it was not. */
    public record Written(String file, Optional<String> refused) {
        public Written {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(refused, "refused");
        }
    }
}
