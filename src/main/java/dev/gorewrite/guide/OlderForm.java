package dev.gorewrite.guide;

import dev.gorewrite.golang.GoToken;
import dev.gorewrite.golang.antlr.GoLexer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Code of ROOT's file that an ADD would duplicate in an older form (the guide adds a load with
 * the new tag where the file already loads with the old one): the run of as many statements as
 * the ADD has, starting with the ADD's first token, whose tokens are closest to the ADD's. Names
 * and literals weigh more than punctuation, and a name that starts like the ADD's counts in part
 * (loadDataStorageImage for loadDataStorageImageWithTag).
 */
final class OlderForm {
    /** chars [start, end) of the file and how close (0..1) they are to the ADD. */
    record Candidate(int start, int end, double score) {}

    static final double CLOSE = 0.75;
    static final double CLEARLY = 0.05;

    private OlderForm() {
    }

    /**
     * The close candidates outside {@code excluded}: none, the one clearly closest, or (when two or
     * more are about as close) each of those, for a person to choose from.
     */
    static List<Candidate> find(RootFile file, String addCode, List<int[]> excluded) {
        List<Candidate> all = candidates(file, GoText.tokens(addCode)).stream()
                .filter(c -> excluded.stream().noneMatch(r -> r[0] < c.end() && c.start() < r[1]))
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()).toList();
        if (all.isEmpty() || all.get(0).score() < CLOSE) {
            return List.of();
        }
        double best = all.get(0).score();
        return all.stream().filter(c -> c.score() >= CLOSE && best - c.score() < CLEARLY).toList();
    }

    /** Every run of the file that starts with the ADD's first token and has as many statements. */
    private static List<Candidate> candidates(RootFile file, List<GoToken> add) {
        List<GoToken> addWords = words(add);
        List<GoToken> code = file.codeTokens();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < code.size() && !addWords.isEmpty(); i++) {
            if (code.get(i).text().equals(addWords.get(0).text())) {
                Optional.ofNullable(candidate(code, i, statements(add), addWords)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The {@code statements} statements from token {@code from}, scored; null when the block ends first. */
    private static Candidate candidate(List<GoToken> code, int from, int statements, List<GoToken> addWords) {
        int depth = 0;
        int ends = 0;
        for (int i = from; i < code.size(); i++) {
            depth += GoText.depth(code.get(i).text());
            if (depth < 0) {
                return null;
            }
            if (depth == 0 && code.get(i).isSemicolon() && ++ends == statements) {
                List<GoToken> run = words(code.subList(from, i));
                return new Candidate(code.get(from).offset(), code.get(i - 1).end(), score(addWords, run));
            }
        }
        return null;
    }

    /** A weighted longest common subsequence, over the larger of the two weights. */
    static double score(List<GoToken> a, List<GoToken> b) {
        double[][] best = new double[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                double same = best[i - 1][j - 1] + weight(a.get(i - 1)) * likeness(a.get(i - 1).text(), b.get(j - 1).text());
                best[i][j] = Math.max(same, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        return best[a.size()][b.size()] / Math.max(total(a), total(b));
    }

    /** 1 for equal tokens; for names, the shared start over the longer name when that is at least half. */
    private static double likeness(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int n = 0;
        while (n < Math.min(a.length(), b.length()) && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        double share = (double) n / Math.max(a.length(), b.length());
        return Character.isJavaIdentifierStart(a.charAt(0)) && share >= 0.5 ? share : 0;
    }

    private static double weight(GoToken t) {
        return t.type() == GoLexer.IDENTIFIER || t.type() == GoLexer.STRING_LIT
                || t.type() == GoLexer.RAW_STRING_LIT || t.type() == GoLexer.INT_LIT ? 3 : 1;
    }

    private static double total(List<GoToken> tokens) {
        return tokens.stream().mapToDouble(OlderForm::weight).sum();
    }

    private static List<GoToken> words(List<GoToken> tokens) {
        return tokens.stream().filter(t -> !t.isSemicolon() && !t.isComment()).toList();
    }

    private static int statements(List<GoToken> tokens) {
        int depth = 0;
        int ends = 0;
        for (GoToken t : tokens) {
            depth += GoText.depth(t.text());
            ends += depth == 0 && t.isSemicolon() ? 1 : 0;
        }
        return Math.max(1, ends);
    }
}
