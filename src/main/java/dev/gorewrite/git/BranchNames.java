package dev.gorewrite.git;

import java.util.Optional;

/**
 * The branch names git refuses, as `git check-ref-format --branch` (and so `git branch`) does:
 * JGit's own check lets through `HEAD` and a `.lock` component in the middle of a name, and a
 * branch git cannot name is one nobody can review, delete or push by hand.
 */
final class BranchNames {
    private static final String FORBIDDEN = "~^:?*[\\";

    private BranchNames() {}

    /** Why git would refuse {@code name} as a branch, if it would. */
    static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("it is empty");
        }
        if (name.equals("HEAD")) {
            return Optional.of("HEAD names the checked-out commit; a branch refs/heads/HEAD would make HEAD ambiguous");
        }
        if (name.startsWith("-")) {
            return Optional.of("it starts with '-', which git reads as an option");
        }
        return character(name).or(() -> sequence(name)).or(() -> components(name));
    }

    /** Control characters, the space, and what git's revision syntax uses ({@link #FORBIDDEN}). */
    private static Optional<String> character(String name) {
        for (char c : name.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                return Optional.of(String.format("it contains the control character U+%04X", (int) c));
            }
            if (c == ' ' || FORBIDDEN.indexOf(c) >= 0) {
                return Optional.of("it contains '" + c + "'");
            }
        }
        return Optional.empty();
    }

    /** `..` and `@{` mean ranges and reflog entries in git's revision syntax. */
    private static Optional<String> sequence(String name) {
        for (String s : new String[] {"..", "@{"}) {
            if (name.contains(s)) {
                return Optional.of("it contains '" + s + "'");
            }
        }
        return name.endsWith(".") ? Optional.of("it ends with '.'") : Optional.empty();
    }

    /** Each '/'-separated part: not empty, not hidden (a leading '.'), not a lock file git would trip over. */
    private static Optional<String> components(String name) {
        for (String part : name.split("/", -1)) {
            if (part.isEmpty()) {
                return Optional.of("it has an empty part (a leading, trailing or doubled '/')");
            }
            if (part.startsWith(".")) {
                return Optional.of("its part '" + part + "' starts with '.'");
            }
            if (part.endsWith(".lock")) {
                return Optional.of("its part '" + part + "' ends with '.lock'");
            }
        }
        return Optional.empty();
    }
}
