package dev.gorewrite.golang;

import java.util.List;
import java.util.Objects;

/** What parsing one file found, without keeping the file: for `parse` over large trees. */
public record ParseOutcome(String path, long bytes, List<SyntaxError> errors, boolean llFallback,
        boolean roundTripExact, String ioError) {
    public ParseOutcome {
        Objects.requireNonNull(path, "path");
        errors = List.copyOf(errors);
    }

    public static ParseOutcome of(GoFile file) {
        return new ParseOutcome(file.path(), file.byteCount(), file.errors(), file.usedLlFallback(),
                file.roundTripExact(), null);
    }

    public static ParseOutcome unreadable(String path, String message) {
        return new ParseOutcome(path, 0, List.of(), false, true, message);
    }

    public boolean ok() {
        return errors.isEmpty() && roundTripExact && ioError == null;
    }
}
