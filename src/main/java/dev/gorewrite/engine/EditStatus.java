package dev.gorewrite.engine;

/** What became of one edit in one file (DESIGN.md, "Every edit has a status per file"). */
public enum EditStatus {
    APPLIED("applied"),
    ALREADY_APPLIED("already-applied"),
    NOT_APPLICABLE("not-applicable"),
    AMBIGUOUS("ambiguous"),
    DRIFTED("drifted");

    private final String label;

    EditStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Ambiguous and drifted edits keep the whole file from being migrated. */
    public boolean blocksFile() {
        return this == AMBIGUOUS || this == DRIFTED;
    }
}
