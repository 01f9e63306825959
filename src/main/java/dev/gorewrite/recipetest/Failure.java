package dev.gorewrite.recipetest;

import java.util.List;
import java.util.Objects;

/** Why a case failed; the CLI words each one. */
public sealed interface Failure {
    /** The result is not {@code expectedFile} (after.go, or before.go when the recipe must leave it alone). */
    record Differs(String expectedFile, String diff) implements Failure {
        public Differs {
            Objects.requireNonNull(expectedFile, "expectedFile");
            requireDiff(diff);
        }
    }

    /** A second run on the result changed it again. */
    record NotIdempotent(String diff) implements Failure {
        public NotIdempotent {
            requireDiff(diff);
        }
    }

    /** The recipe refused the file (a drifted or ambiguous edit, a failed check, a syntax error), unasked. */
    record Refused(List<String> problems) implements Failure {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /** The second run, on the result, refused it: the recipe does not accept its own output. */
    record RefusedOwnResult(List<String> problems) implements Failure {
        public RefusedOwnResult {
            problems = List.copyOf(problems);
        }
    }

    /** The edits' statuses are not those expect.txt lists; {@code guides} name the edits, in order. */
    record StatusesDiffer(List<String> expected, List<String> actual, List<String> guides) implements Failure {
        public StatusesDiffer {
            expected = List.copyOf(expected);
            actual = List.copyOf(actual);
            guides = List.copyOf(guides);
            if (actual.size() != guides.size()) {
                throw new IllegalArgumentException("one guide per actual status");
            }
        }
    }

    /** expect.txt says the recipe refuses the file with {@code problem}; it was not refused so. */
    record ProblemMissing(String problem, List<String> actual) implements Failure {
        public ProblemMissing {
            Objects.requireNonNull(problem, "problem");
            actual = List.copyOf(actual);
        }
    }

    private static void requireDiff(String diff) {
        if (diff == null || diff.isEmpty()) {
            throw new IllegalArgumentException("a difference needs a diff");
        }
    }
}
