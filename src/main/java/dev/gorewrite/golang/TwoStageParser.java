package dev.gorewrite.golang;

import dev.gorewrite.golang.antlr.GoLexer;
import dev.gorewrite.golang.antlr.GoParser;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses with SLL prediction first, which is fast and keeps ANTLR's prediction cache small, and
 * only when that fails again with full LL prediction and error recovery, so that a real syntax
 * error is reported where it is rather than where SLL gave up.
 */
final class TwoStageParser {
    record Result(List<Token> tokens, GoParser.SourceFileContext tree, List<SyntaxErrorListener.Raw> errors,
            boolean llFallback) {}

    private TwoStageParser() {}

    /**
     * The result for a file nested deeper than the thread's stack allows the recursive parser:
     * its tokens (lexing does not recurse) and one error at its first token.
     */
    static Result tooDeep(String path, String text) {
        List<Token> tokens = tokenStream(path, text, new HeapGuard()).getTokens();
        return new Result(tokens, null, List.of(new SyntaxErrorListener.Raw(0,
                "nested too deeply for gorewrite's parser (stack exhausted); the file is left as it is")), true);
    }

    /** Tokens only (automatic semicolons included), no tree: for snippets that are not whole files. */
    static Result lex(String path, String text) {
        return new Result(tokenStream(path, text, new HeapGuard()).getTokens(), null, List.of(), false);
    }

    private static CommonTokenStream tokenStream(String path, String text, HeapGuard heap) {
        GoLexer lexer = new GoLexer(CharStreams.fromString(text, path));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(new SemicolonInserter(lexer, heap));
        stream.fill();
        return stream;
    }

    static Result parse(String path, String text) {
        HeapGuard heap = new HeapGuard();
        CommonTokenStream stream = tokenStream(path, text, heap);

        GoParser parser = new CompactParser(stream, heap);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            GoParser.SourceFileContext tree = parser.sourceFile();
            return new Result(stream.getTokens(), tree, List.of(), false);
        } catch (ParseCancellationException sllFailed) {
            stream.seek(0);
            parser.reset();
            SyntaxErrorListener listener = new SyntaxErrorListener();
            parser.addErrorListener(listener);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            GoParser.SourceFileContext tree = parser.sourceFile();
            return new Result(stream.getTokens(), tree, listener.errors(), true);
        }
    }
}
