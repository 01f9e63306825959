package dev.gorewrite.golang;

import dev.gorewrite.golang.antlr.GoParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses with SLL prediction first, which is fast and keeps ANTLR's prediction cache small, and
 * only when that fails again with full LL prediction and error recovery, so that a real syntax
 * error is reported where it is rather than where SLL gave up.
 *
 * <p>The parser is given only the tokens it reads: spaces, newlines and comments (a third of a
 * file's tokens and more) would otherwise be stepped over again at every look-ahead.
 */
final class TwoStageParser {
    /**
     * {@code checks}: what {@link SyntaxChecks} found while parsing; null when they are still to be run on the tree.
     * {@code streamed}: the tree's declarations went to a {@link TreeSink} and are hollow.
     */
    record Result(List<Token> tokens, GoParser.SourceFileContext tree, List<SyntaxErrorListener.Raw> errors,
            boolean llFallback, List<SyntaxChecks.Found> checks, boolean streamed) {
        Result(List<Token> tokens, GoParser.SourceFileContext tree, List<SyntaxErrorListener.Raw> errors, boolean llFallback) {
            this(tokens, tree, errors, llFallback, null, false);
        }
    }

    private TwoStageParser() {}

    /**
     * The result for a file nested deeper than the thread's stack allows the recursive parser:
     * its tokens (lexing does not recurse) and one error at its first token.
     */
    static Result tooDeep(String path, String text) {
        return new Result(tokens(path, text, new HeapGuard()), null, List.of(new SyntaxErrorListener.Raw(0,
                "nested too deeply for gorewrite's parser (stack exhausted); the file is left as it is")), true);
    }

    /** Tokens only (automatic semicolons included), no tree: for snippets that are not whole files. */
    static Result lex(String path, String text) {
        return new Result(tokens(path, text, new HeapGuard()), null, List.of(), false);
    }

    /** Every token, hidden ones included, through EOF; each token's index is its place in the list. */
    private static List<Token> tokens(String path, String text, HeapGuard heap) {
        TokenSource source = new SemicolonInserter(new GoScanner(text, path), heap);
        List<Token> all = new ArrayList<>(text.length() / 4);
        Token t;
        do {
            t = source.nextToken();
            ((CommonToken) t).setTokenIndex(all.size());
            all.add(t);
        } while (t.getType() != Token.EOF);
        return all;
    }

    /** The tokens on the parser's channel, EOF included, in order. */
    private static List<Token> code(List<Token> all) {
        List<Token> code = new ArrayList<>(all.size() / 2);
        for (Token t : all) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                code.add(t);
            }
        }
        return code;
    }

    static Result parse(String path, String text) {
        return parse(path, text, null);
    }

    /** {@code sink}: where the top-level declarations go as they are finished; null to keep the whole tree. */
    static Result parse(String path, String text, TreeSink sink) {
        HeapGuard heap = new HeapGuard();
        List<Token> all = tokens(path, text, heap);
        List<Token> code = code(all);
        return parse(all, new CodeTokenStream(code, all, new ListTokenSource(code)), heap, sink);
    }

    private static Result parse(List<Token> all, CodeTokenStream stream, HeapGuard heap, TreeSink sink) {
        CompactParser parser = new CompactParser(stream, heap);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        SyntaxChecks checks = new SyntaxChecks();
        parser.check(checks);
        parser.stream(sink);
        try {
            GoParser.SourceFileContext tree = parser.sourceFile();
            parser.sinkSucceeded();
            if (sink != null) {
                sink.file(tree);
            }
            return new Result(all, tree, List.of(), false, checks.broken() ? null : checks.found(), sink != null);
        } catch (ParseCancellationException sllFailed) {
            if (sink != null) {
                sink.discard();
            }
            return fullLl(all, stream, parser);
        }
    }

    /** The second pass: full LL prediction and error recovery, building the whole tree (the file fails or is rare). */
    private static Result fullLl(List<Token> all, CodeTokenStream stream, CompactParser parser) {
        stream.seek(0);
        parser.reset();
        parser.check(null);
        parser.stream(null);
        SyntaxErrorListener listener = new SyntaxErrorListener();
        parser.addErrorListener(listener);
        parser.setErrorHandler(new DefaultErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        GoParser.SourceFileContext tree = parser.sourceFile();
        return new Result(all, tree, listener.errors(), true);
    }
}
