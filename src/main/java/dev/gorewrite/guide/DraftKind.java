package dev.gorewrite.guide;

import java.util.List;

/** Which kind of recipe edit a guide step would become ({@link Drafter} drafts it). */
public enum DraftKind {
    REPLACE("replace"), INSERT("insert"), DELETE("delete"), DELETE_DECLARATION("delete-declaration"),
    DELETE_SECTION("delete-section"), NEW_FILE("new file"), REPEAT("repeat"), MANUAL("manual");

    private final String word;

    DraftKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The kind for {@code step} of {@code section}: manual without a file or with a non-Go block. */
    public static DraftKind of(FileSection section, Step step) {
        if (step instanceof Step.SameAs) {
            return REPEAT;
        }
        List<Block> blocks = ((Step.Change) step).blocks();
        boolean newFile = blocks.size() == 1 && blocks.get(0).label().kind() == Label.Kind.NEW_FILE;
        if ((section.file().isEmpty() && !newFile) || blocks.isEmpty() || !blocks.stream().allMatch(Block::go)) {
            return MANUAL;
        }
        return newFile ? NEW_FILE : ofGo(blocks);
    }

    private static DraftKind ofGo(List<Block> blocks) {
        Label.Kind first = blocks.get(0).label().kind();
        if (blocks.size() == 2 && first.old() && blocks.get(1).label().kind().replacement()) {
            return REPLACE;
        }
        if (blocks.size() != 1) {
            return MANUAL;
        }
        return switch (first) {
            case ADD -> INSERT;
            case DELETE_FUNCTION -> DELETE_DECLARATION;
            case DELETE_SECTION -> DELETE_SECTION;
            case DELETE -> deleted(blocks.get(0));
            default -> MANUAL;
        };
    }

    /** A plain DELETE of one function is a declaration's; code tokens decide, never a comment's text. */
    private static DraftKind deleted(Block block) {
        List<CodeToken> tokens = block.tokens();
        return !tokens.isEmpty() && tokens.get(0).text().equals("func") ? DELETE_DECLARATION : DELETE;
    }
}
