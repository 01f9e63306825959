package dev.gorewrite.imports;

import dev.gorewrite.golang.GoFile;
import java.util.Objects;

/** What following a recipe's code with the imports gave: the file (and what changed in its imports), or why not. */
public sealed interface ImportFix {
    /** {@code note} says what changed (`imports: +os -io/ioutil`), empty when nothing did. */
    record Fixed(GoFile file, String note) implements ImportFix {
        public Fixed {
            Objects.requireNonNull(file, "file");
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
