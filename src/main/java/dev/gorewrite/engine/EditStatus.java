package dev.gorewrite.engine;

/** What became of one edit in one file (DESIGN.md, "Statuses tell the truth"). */
public enum EditStatus {
    APPLIED("applied"),
    /** Its result is there, for this edit: a replacement's `to` where its `from` is gone, an insert's code beside its anchor. */
    ALREADY_APPLIED("already-applied"),
    NOT_APPLICABLE("not-applicable"),
    /** A deletion whose code is found nowhere: nothing to do, and no claim that this run or an earlier one removed it. */
    ABSENT("absent"),
    AMBIGUOUS("ambiguous"),
    DRIFTED("drifted"),
    /** It would have applied, but the file failed for another reason, so nothing was applied there. */
    NOT_APPLIED("not-applied");

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
