package dev.gorewrite.recipetest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One folder {@code <recipe>.tests/<name>/}: the file {@code before} the recipe runs, the file
 * expected {@code after} it (none: the recipe must leave the file alone), what {@code expect.txt}
 * pins, and where {@code --update} writes a new {@code after.go} (empty for a case in the jar).
 * {@code place} is the case folder as messages name it.
 */
public record TestCase(String name, String place, byte[] before, Optional<byte[]> after, Expectation expect,
        Optional<Path> afterFile) {
    public static final String BEFORE = "before.go";
    public static final String AFTER = "after.go";
    public static final String EXPECT = "expect.txt";

    public TestCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(expect, "expect");
        Objects.requireNonNull(afterFile, "afterFile");
        if (after.isPresent() && expect.refusal()) {
            throw new IllegalArgumentException(place + ": a case the recipe refuses has no " + AFTER);
        }
    }

    public String beforeName() {
        return place + "/" + BEFORE;
    }

    public String afterName() {
        return place + "/" + AFTER;
    }
}
