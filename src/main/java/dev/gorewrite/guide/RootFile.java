package dev.gorewrite.guide;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.GoToken;
import dev.gorewrite.golang.antlr.GoParser;
import dev.gorewrite.pattern.Match;
import dev.gorewrite.pattern.Matcher;
import dev.gorewrite.pattern.Pattern;
import dev.gorewrite.pattern.PatternException;
import dev.gorewrite.pattern.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file a guide section names, as found under ROOT: what the drafter reads to choose anchors. */
final class RootFile {
    private final String path;
    private final GoFile file;
    private final List<String> lines;
    private SyntaxTree tree;

    RootFile(String path, byte[] bytes) {
        this.path = path;
        this.file = GoFile.parse(path, bytes);
        this.lines = file.text().lines().toList();
    }

    String path() {
        return path;
    }

    /** The file as parsed once, for every trial of a drafted edit on it. */
    GoFile parsed() {
        return file;
    }

    /** path:line:col of a char offset. */
    String place(int offset) {
        GoToken t = file.tokens().get(Math.min(GoToken.firstAtOrAfter(file.tokens(), offset), file.tokens().size() - 1));
        return path + ":" + t.line() + ":" + t.column();
    }

    String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    int lineCount() {
        return lines.size();
    }

    String text() {
        return file.text();
    }

    List<GoToken> codeTokens() {
        return file.codeTokens();
    }

    /** Every token, hidden ones included: the parse tree's token indexes point into this list. */
    List<GoToken> tokens() {
        return file.tokens();
    }

    /** The parse tree; empty when the file has syntax errors (a construct of it could not be trusted). */
    Optional<GoParser.SourceFileContext> tree() {
        return file.ok() ? Optional.ofNullable(file.tree()) : Optional.empty();
    }

    /** The comments that contain {@code needle}, ignoring case (guides write "Phase 1" for "PHASE 1"). */
    List<GoToken> commentsContaining(String needle) {
        String lower = needle.toLowerCase(Locale.ROOT);
        return file.tokens().stream().filter(GoToken::isComment)
                .filter(t -> t.text().toLowerCase(Locale.ROOT).contains(lower)).toList();
    }

    /** How many comments contain {@code text} exactly (as the engine's comment anchor looks). */
    long commentCount(String text) {
        return file.tokens().stream().filter(t -> t.isComment() && t.text().contains(text)).count();
    }

    /** Where {@code pattern} matches; none when it does not compile or the file does not parse. */
    List<Match> matches(String pattern) {
        if (!file.ok()) {
            return List.of();
        }
        try {
            if (tree == null) {
                tree = SyntaxTree.of(file);
            }
            return Matcher.findAll(tree, Pattern.compile(pattern));
        } catch (PatternException e) {
            return List.of();
        }
    }

    /** The line of the file whose text, stripped, is what a damaged line of the guide stood for. */
    Optional<String> lineFitting(String damaged) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            if (Damage.fits(damaged.strip(), line.strip()) && !found.contains(line.strip())) {
                found.add(line.strip());
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The text to anchor on a comment that contains {@code needle} in any case: as the file spells
     * it (with the colon after it, "PHASE 1:"), or the comment's whole text, whichever is unique.
     */
    Optional<String> commentAnchor(String needle) {
        for (GoToken t : commentsContaining(needle)) {
            int at = t.text().toLowerCase(Locale.ROOT).indexOf(needle.toLowerCase(Locale.ROOT));
            int end = at + needle.length();
            String exact = t.text().substring(at, end < t.text().length() && t.text().charAt(end) == ':' ? end + 1 : end);
            Optional<String> unique = unique(exact).or(() -> unique(GoText.commentText(t.text())));
            if (unique.isPresent()) {
                return unique;
            }
        }
        return Optional.empty();
    }

    /** The anchor text of the comment block around line {@code number}: its first line with words. */
    Optional<String> commentBlockAnchor(int number) {
        int first = number;
        while (first > 1 && GoText.comment(line(first - 1))) {
            first--;
        }
        for (int n = first; n <= lines.size() && GoText.comment(line(n)); n++) {
            String text = GoText.commentText(line(n));
            if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                int colon = text.indexOf(':');
                return unique(colon > 0 ? text.substring(0, colon + 1) : text).or(() -> unique(text));
            }
        }
        return Optional.empty();
    }

    private Optional<String> unique(String text) {
        return !text.isBlank() && commentCount(text) == 1 ? Optional.of(text) : Optional.empty();
    }

    /**
     * The whole lines that hold chars [start, end), with the comment lines right above them (so
     * that a replace of them swaps that comment for its own), dedented.
     */
    String wholeLines(int start, int end) {
        String text = file.text();
        int from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        while (from > 0) {
            int above = text.lastIndexOf('\n', from - 2) + 1;
            if (!GoText.comment(text.substring(above, from - 1))) {
                break;
            }
            from = above;
        }
        int to = text.indexOf('\n', Math.max(from, end - 1));
        return GoText.dedent(text.substring(from, to < 0 ? text.length() : to));
    }
}
