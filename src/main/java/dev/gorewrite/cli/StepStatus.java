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

    static StepStatus of(EditStatus status) {
        switch (status) {
            case APPLIED:
                return APPLIED;
            case ALREADY_APPLIED:
                return ALREADY_APPLIED;
            case NOT_APPLICABLE:
                return NOT_APPLICABLE;
            case ABSENT:
                return ABSENT;
            case NOT_APPLIED:
                return NOT_APPLIED;
            default:
                return FAILED;
        }
    }
}
