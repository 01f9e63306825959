package dev.gorewrite.golang;

import dev.gorewrite.golang.antlr.GoParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.Token;

/**
 * A Go source file as read: its bytes, the decoded text, every token with its place (hidden ones
 * included, so the tokens give back the file byte for byte), the parse tree and any syntax errors.
 * Parsing never throws on bad input; a file with errors still has its tokens.
 */
public final class GoFile {
    private final String path;
    private final byte[] bytes;
    private final String text;
    /**
     * ANTLR's tokens and tree: null once {@link #releaseParseTree released}; the tree is null too
     * when its declarations went to a {@link TreeSink} as they were parsed.
     */
    private List<Token> antlrTokens;
    private GoParser.SourceFileContext tree;
    /** Whether the file has a parse tree (one made by {@link #lex}, or nested too deeply, has none). */
    private final boolean parsed;
    private final List<SyntaxError> errors;
    private final boolean llFallback;
    private final boolean roundTripExact;
    /** Placed on first use: `parse` over a large tree never needs them for files without errors. */
    private PlacedTokens tokens;

    /** {@code checked}: a whole file, held to Go's rules beyond the grammar (literals, SyntaxChecks). */
    private GoFile(String path, byte[] bytes, String text, TwoStageParser.Result parsed, boolean checked) {
        this.path = path;
        this.bytes = bytes;
        this.text = text;
        this.antlrTokens = parsed.tokens();
        this.tree = parsed.streamed() ? null : parsed.tree();
        this.parsed = parsed.tree() != null;
        this.llFallback = parsed.llFallback();
        this.roundTripExact = tilesTheText();
        List<SyntaxError> found = new ArrayList<>();
        for (SyntaxErrorListener.Raw raw : parsed.errors()) {
            GoToken at = allTokens().get(Math.max(0, Math.min(raw.tokenIndex(), allTokens().size() - 1)));
            found.add(new SyntaxError(path, at.line(), at.column(), raw.message()));
        }
        if (checked) {
            found.addAll(literalErrors());
        }
        if (checked && found.isEmpty() && this.parsed) {
            found.addAll(place(parsed.checks() != null ? parsed.checks() : SyntaxChecks.walk(tree())));
        }
        found.sort(Comparator.comparingInt(SyntaxError::line).thenComparingInt(SyntaxError::column));
        this.errors = List.copyOf(found);
    }

    private List<SyntaxError> place(List<SyntaxChecks.Found> checks) {
        List<SyntaxError> out = new ArrayList<>();
        for (SyntaxChecks.Found f : checks) {
            GoToken t = allTokens().get(f.at().getTokenIndex());
            int column = t.column() + (f.after() ? Utf8.encodedLength(t.text()) : 0);
            out.add(new SyntaxError(path, t.line(), column, f.message()));
        }
        return out;
    }

    private List<SyntaxError> literalErrors() {
        List<SyntaxError> out = new ArrayList<>();
        for (LiteralChecks.Problem p : LiteralChecks.check(antlrTokens)) {
            GoToken literal = allTokens().get(p.tokenIndex());
            int column = literal.column() + Utf8.encodedLength(literal.text().substring(0, p.at()));
            out.add(new SyntaxError(path, literal.line(), column, p.message()));
        }
        return out;
    }

    public static GoFile parse(String path, byte[] bytes) {
        return parse(path, bytes, true, null);
    }

    /**
     * Parsed with each top-level declaration and composite-literal element handed to {@code sink}
     * as soon as it is finished and then let go, so that a large file's whole ANTLR tree is never held: the file keeps no tree,
     * and {@link #tree()} parses it again if it is asked for. A file the fast pass cannot parse
     * (a syntax error) keeps its whole tree, as {@link #parse(String, byte[])} does; the sink is
     * then told to discard what it was given.
     */
    public static GoFile parse(String path, byte[] bytes, TreeSink sink) {
        return parse(path, bytes, true, Objects.requireNonNull(sink, "sink"));
    }

    /**
     * Parsed by the grammar alone, without the checks Go adds on top of it (such as parameters
     * that are all named or all unnamed): for a recipe's pattern, whose `$...P` may stand beside
     * a named parameter.
     */
    public static GoFile parseGrammarOnly(String path, byte[] bytes) {
        return parse(path, bytes, false, null);
    }

    private static GoFile parse(String path, byte[] bytes, boolean checked, TreeSink sink) {
        Objects.requireNonNull(path, "path");
        String text = Utf8.decode(bytes);
        TwoStageParser.Result parsed;
        try {
            parsed = TwoStageParser.parse(path, text, sink);
        } catch (StackOverflowError tooDeep) {
            if (sink != null) {
                sink.discard();
            }
            parsed = TwoStageParser.tooDeep(path, text);
        }
        return new GoFile(path, bytes.clone(), text, parsed, checked);
    }

    /**
     * Only the tokens of {@code bytes}, which need not be a whole Go file (a recipe's pattern):
     * {@link #tree()} is null and {@link #errors()} empty; broken tokens have their own types.
     */
    public static GoFile lex(String path, byte[] bytes) {
        Objects.requireNonNull(path, "path");
        String text = Utf8.decode(bytes);
        return new GoFile(path, bytes.clone(), text, TwoStageParser.lex(path, text), false);
    }

    private synchronized List<GoToken> allTokens() {
        if (tokens == null) {
            tokens = PlacedTokens.of(text, bytes.length, antlrTokens != null ? antlrTokens : TwoStageParser.lex(path, text).tokens());
        }
        return tokens;
    }

    /**
     * Lets go of ANTLR's tree and tokens, the largest part of a parsed file (about 45 bytes per
     * byte of source), once what is needed from them is built: the placed tokens are kept, and
     * {@link #tree()} parses the text again if it is asked for later.
     */
    public synchronized void releaseParseTree() {
        allTokens();
        antlrTokens = null;
        tree = null;
    }

    public String path() {
        return path;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int byteCount() {
        return bytes.length;
    }

    public String text() {
        return text;
    }

    public LineEnding lineEnding() {
        return LineEnding.of(text);
    }

    public boolean hasBom() {
        return text.startsWith("\uFEFF");
    }

    /** Every token, hidden ones included, without the final EOF. */
    public List<GoToken> tokens() {
        List<GoToken> all = allTokens();
        return all.subList(0, all.size() - 1);
    }

    /**
     * Every token as numbers (type, place), EOF last: for passes over all of a file's tokens, which
     * then make no {@link GoToken} (and no copy of its text) per token.
     */
    public synchronized PlacedTokens placedTokens() {
        allTokens();
        return tokens;
    }

    /** The tokens the parser sees (automatic semicolons included), without EOF. */
    public List<GoToken> codeTokens() {
        List<GoToken> code = new ArrayList<>();
        for (GoToken t : tokens()) {
            if (!t.hidden()) {
                code.add(t);
            }
        }
        return code;
    }

    /** The parse tree; null for a file made by {@link #lex}. Parsed again if it was released. */
    public synchronized GoParser.SourceFileContext tree() {
        if (tree == null && parsed) {
            TwoStageParser.Result again = TwoStageParser.parse(path, text);
            antlrTokens = again.tokens();
            tree = again.tree();
        }
        return tree;
    }

    public List<SyntaxError> errors() {
        return errors;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public boolean usedLlFallback() {
        return llFallback;
    }

    /** The tokens' texts joined and encoded again: equal to {@link #bytes()} for every file. */
    public byte[] roundTrip() {
        StringBuilder joined = new StringBuilder(text.length());
        for (GoToken t : allTokens()) {
            joined.append(t.text());
        }
        return Utf8.encode(joined);
    }

    /**
     * {@link #roundTrip()} equals the bytes, checked without building the token texts: the tokens
     * tile the decoded text with no gap or overlap, and the text encodes back to the bytes.
     */
    public boolean roundTripExact() {
        return roundTripExact;
    }

    private boolean tilesTheText() {
        int next = 0;
        for (Token t : antlrTokens) {
            if (t.getType() == Token.EOF) {
                return t.getStartIndex() == next && next == text.codePointCount(0, text.length())
                        && Utf8.encodesTo(text, bytes);
            }
            if (t.getStartIndex() != next) {
                return false;
            }
            next = t.getStopIndex() + 1;
        }
        return false;
    }
}
