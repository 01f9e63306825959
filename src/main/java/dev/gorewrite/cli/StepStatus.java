package dev.gorewrite.cli;

import dev.gorewrite.engine.EditStatus;

/** What became of one guide step on ROOT, as `guide GUIDE ROOT` reports it. */
enum StepStatus {
    APPLIED("applied"), ALREADY_APPLIED("already-applied"), NOT_APPLICABLE("not-applicable"), ABSENT("absent"),
    /** The drafted edit drifted or was ambiguous: the guide's code is not (once) in the file. */
    FAILED("failed"),
    /** The drafted edit would apply, but its file failed for another reason (a check, another edit). */
    NOT_APPLIED("not-applied"),
    /** No file under ROOT is the one the step names. */
    NO_FILE("no file"),
    NEEDS_REVIEW("needs review"),
    MANUAL("manual");

    private final String label;

    StepStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** A step of Go code that did not come through: the guide does not apply as drafted (exit 3). */
    boolean blocks() {
        return this == FAILED || this == NOT_APPLIED || this == NO_FILE || this == NEEDS_REVIEW;
    }

    /** Exhaustive: an engine status added later must be given its step status here. */
    static StepStatus of(EditStatus status) {
        return switch (status) {
            case APPLIED -> APPLIED;
            case ALREADY_APPLIED -> ALREADY_APPLIED;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case ABSENT -> ABSENT;
            case NOT_APPLIED -> NOT_APPLIED;
            case AMBIGUOUS, DRIFTED -> FAILED;
        };
    }
}
