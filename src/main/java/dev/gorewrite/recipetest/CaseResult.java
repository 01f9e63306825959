package dev.gorewrite.recipetest;

import java.util.List;
import java.util.Objects;

/** One case run: its failures (none: it passed) and the bytes the recipe made of before.go. */
public record CaseResult(String recipeId, TestCase testCase, List<Failure> failures, byte[] actual) {
    public CaseResult {
        Objects.requireNonNull(recipeId, "recipeId");
        Objects.requireNonNull(testCase, "testCase");
        Objects.requireNonNull(actual, "actual");
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    /**
     * Whether writing {@code actual} as the new after.go makes the case pass: the result differs
     * and nothing else is wrong. A result that fails otherwise is not taken as a snapshot.
     */
    public boolean updatable() {
        return !failures.isEmpty() && failures.stream().allMatch(f -> f instanceof Failure.Differs);
    }
}
