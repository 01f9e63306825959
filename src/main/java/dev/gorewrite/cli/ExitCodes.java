package dev.gorewrite.cli;

/** The exit codes of DESIGN.md, in one place. */
final class ExitCodes {
    static final int OK = 0;
    /** `check` found violations, `parse` found broken files, `run --exit-code` found pending changes. */
    static final int FOUND = 1;
    static final int USAGE = 2;
    /** Some file could not be migrated or read, or stdout could not be written (the output is incomplete). */
    static final int FAILED = 3;

    private ExitCodes() {}
}
