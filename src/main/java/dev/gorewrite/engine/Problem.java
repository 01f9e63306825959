package dev.gorewrite.engine;

import java.util.Objects;

/**
 * Why a file was not migrated (or not checked): a value with its place until the CLI prints it.
 * {@code line} and {@code column} are 1-based, 0 where the problem has no place in the file (a
 * file that cannot be read, a search that took too long).
 */
public record Problem(String path, int line, int column, Kind kind, String message) {
    /** What kind of thing went wrong, for tools reading the JSON report. */
    public enum Kind {
        /** The file, or the result of a recipe, is not Go. */
        SYNTAX,
        /** An edit matched nowhere or more than once, or its scope did. */
        EDIT,
        /** Two edits of one recipe change the same code. */
        OVERLAP,
        /** A check does not hold after the rewrite. */
        CHECK,
        /** Running the recipes again on the result changes it again. */
        NOT_IDEMPOTENT,
        /** Matching took more steps than its budget. */
        TOO_COSTLY,
        /** The imports cannot follow the new code (a name no import is declared for, an ambiguous one). */
        IMPORTS,
        /** The package no longer builds or vets after the rewrite (`run --build-check`). */
        BUILD,
        /** The file could not be read, or written. */
        IO
    }

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0 || line == 0 && column > 0) {
            throw new IllegalArgumentException("place " + line + ":" + column);
        }
    }

    public static Problem of(String path, Kind kind, String message) {
        return new Problem(path, 0, 0, kind, message);
    }

    /** `path:line:col: message`, as far as the place is known. */
    @Override
    public String toString() {
        return path + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
