package dev.gorewrite.engine;

import java.util.List;
import java.util.Objects;

/**
 * The result of migrating one file. {@code after} equals {@code before} unless the status is
 * CHANGED; a FAILED file is never written, and {@code problems} says why. {@code created}: a
 * CHANGED file that does not exist yet (a recipe's {@code create}), written as a new file.
 */
public record FileOutcome(String path, Status status, byte[] before, byte[] after, List<EditOutcome> edits,
        List<CheckOutcome> checks, List<Problem> problems, boolean created) {
    public enum Status { UNCHANGED, CHANGED, FAILED }

    private static final byte[] NO_TEXT = {};

    public FileOutcome {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        edits = List.copyOf(edits);
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
        if (status != Status.CHANGED && !java.util.Arrays.equals(before, after)) {
            throw new IllegalArgumentException(path + ": only a CHANGED outcome may differ from the file");
        }
        if (status == Status.FAILED && problems.isEmpty()) {
            throw new IllegalArgumentException(path + ": a failure needs a reason");
        }
        if (created && (status != Status.CHANGED || before.length > 0)) {
            throw new IllegalArgumentException(path + ": only a change from nothing creates a file");
        }
    }

    /** The outcome of a file that exists (or could not be read). */
    public FileOutcome(String path, Status status, byte[] before, byte[] after, List<EditOutcome> edits,
            List<CheckOutcome> checks, List<Problem> problems) {
        this(path, status, before, after, edits, checks, problems, false);
    }

    /**
     * The outcome as a tree run keeps it: a file nothing changed keeps no text (its bytes are on
     * disk, and a report needs only its statuses), so a run's memory grows with the files it
     * changes or fails, not with the files it reads.
     */
    public FileOutcome withoutUnchangedText() {
        if (status != Status.UNCHANGED || before.length == 0) {
            return this;
        }
        return new FileOutcome(path, status, NO_TEXT, NO_TEXT, edits, checks, problems);
    }

    /** This file, not written after all (a refused write): failed, and no edit of it says applied. */
    public FileOutcome refused(Problem why) {
        return failed(path, before, edits.stream().map(EditOutcome::heldBack).toList(), checks, List.of(why));
    }

    public static FileOutcome failed(String path, byte[] before, List<EditOutcome> edits, List<CheckOutcome> checks,
            List<Problem> problems) {
        return new FileOutcome(path, Status.FAILED, before, before, edits, checks, problems);
    }
}
