package dev.gorewrite.recipetest;

import java.util.ArrayList;
import java.util.List;

/**
 * What a case's {@code expect.txt} pins, in the form of the golden cases under
 * src/test/resources/cases: one edit status a line, in recipe order, then {@code problem: TEXT}
 * lines, each of which some problem of a refused file must contain. Blank lines and lines that
 * start with '#' are notes. Nothing pinned (no file) checks neither.
 */
public record Expectation(List<String> statuses, List<String> problems) {
    public static final Expectation NONE = new Expectation(List.of(), List.of());
    private static final String PROBLEM = "problem:";

    public Expectation {
        statuses = List.copyOf(statuses);
        problems = List.copyOf(problems);
    }

    public static Expectation parse(String text) {
        List<String> statuses = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.startsWith(PROBLEM)) {
                problems.add(line.substring(PROBLEM.length()).strip());
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                statuses.add(line);
            }
        }
        return new Expectation(statuses, problems);
    }

    /** A case that expects gorewrite to refuse the file, leaving it as it was. */
    public boolean refusal() {
        return !problems.isEmpty();
    }
}
