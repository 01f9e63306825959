package dev.gorewrite.imports;

import java.util.Objects;

/** What following a recipe's code with the imports gave: the file (and what changed in its imports), or why not. */
public sealed interface ImportFix {
    /**
     * The file's text with its imports fixed, not yet parsed (an import edit only moves whole import
     * lines, but whoever takes the text checks that it parses); {@code note} says what changed
     * (`imports: +os -io/ioutil`), empty when nothing did.
     */
    record Fixed(String text, String note) implements ImportFix {
        public Fixed {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(note, "note");
        }
    }

    /** {@code problem} is `path:line: message`, as the engine reports a failed file. */
    record Refused(String problem) implements ImportFix {
        public Refused {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
