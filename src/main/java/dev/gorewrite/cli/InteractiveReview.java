package dev.gorewrite.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Asks, hunk by hunk, which changes to take, as `git add -p` does: each hunk with its file and
 * the edits it holds goes to {@code prompts}, each answer is a line of {@code answers}. The end of
 * the answers counts as q, so a script that pipes too few answers writes only what it accepted.
 */
final class InteractiveReview {
    static final String PROMPT = "Apply this hunk [y,n,a,d,q,?]? ";
    static final String HELP = """
            y - apply this hunk
            n - do not apply this hunk
            a - apply this hunk and all later hunks in the file
            d - do not apply this hunk or any of the later hunks in the file
            q - quit; do not apply this hunk or any other one (the hunks accepted so far are written)
            ? - print help
            """;

    /** One answer to the prompt. */
    enum Answer { YES, NO, ALL, DONE, QUIT }

    private final BufferedReader answers;
    private final PrintStream prompts;
    private boolean quit;

    InteractiveReview(BufferedReader answers, PrintStream prompts) {
        this.answers = answers;
        this.prompts = prompts;
    }

    /** The accepted hunks (0-based) of each file, in the files' order; none after q. */
    List<Set<Integer>> review(List<ReviewedFile> files) {
        List<Set<Integer>> accepted = new ArrayList<>();
        for (ReviewedFile f : files) {
            accepted.add(quit ? Set.of() : review(f));
        }
        return accepted;
    }

    private Set<Integer> review(ReviewedFile f) {
        Set<Integer> accepted = new TreeSet<>();
        prompts.print(f.diff().header());
        for (int i = 0; i < f.diff().size(); i++) {
            show(f, i);
            switch (ask()) {
                case YES -> accepted.add(i);
                case NO -> { }
                case ALL -> {
                    for (int k = i; k < f.diff().size(); k++) {
                        accepted.add(k);
                    }
                    return accepted;
                }
                case DONE -> {
                    return accepted;
                }
                case QUIT -> {
                    quit = true;
                    return accepted;
                }
            }
        }
        return accepted;
    }

    /** The hunk's place (file, number, edits) on a line of its own, then the hunk. */
    private void show(ReviewedFile f, int i) {
        List<String> edits = f.editsIn(i);
        prompts.print(f.path() + " hunk " + (i + 1) + "/" + f.diff().size()
                + (edits.isEmpty() ? "" : ": " + String.join("; ", edits)) + "\n");
        prompts.print(f.diff().hunk(i));
    }

    /** Asks until the answer is one of y, n, a, d, q; the end of the answers is q. */
    private Answer ask() {
        while (true) {
            prompts.print(PROMPT);
            prompts.flush();
            String line = readLine();
            if (line == null) {
                prompts.print("\n");
                return Answer.QUIT;
            }
            Optional<Answer> answer = parse(line);
            if (answer.isPresent()) {
                return answer.get();
            }
            prompts.print(HELP);
        }
    }

    /** An answer line: its first letter counts, as in git ("yes" is y); none for ?, an empty line or anything else. */
    static Optional<Answer> parse(String line) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (word.isEmpty() ? '?' : word.charAt(0)) {
            case 'y' -> Answer.YES;
            case 'n' -> Answer.NO;
            case 'a' -> Answer.ALL;
            case 'd' -> Answer.DONE;
            case 'q' -> Answer.QUIT;
            default -> null;
        });
    }

    private String readLine() {
        try {
            return answers.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answers: " + e.getMessage(), e);
        }
    }
}
