package dev.gorewrite.golang;

import dev.gorewrite.golang.antlr.GoParser;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Takes a file's tree piece by piece as the parser finishes it, so that the whole ANTLR tree of a
 * large file never exists at once: each top-level declaration, and each element of a composite
 * literal (a generated table is one declaration of megabytes), is handed over checked and
 * complete, and then cut loose (the tree keeps a hollow node with its first and last token). The
 * pattern tree builds its nodes here; `parse`, which needs only the errors, drops them.
 */
public interface TreeSink {
    /** Keeps nothing: for a parse that only wants to know whether the file is Go. */
    TreeSink NONE = new TreeSink() {
        @Override
        public void subtree(ParserRuleContext finished) {}

        @Override
        public void file(GoParser.SourceFileContext root) {}

        @Override
        public void discard() {}
    };

    /**
     * A finished top-level declaration or literal element; its children are dropped once this
     * returns. Subtrees handed over earlier stand in it as hollow nodes.
     */
    void subtree(ParserRuleContext finished);

    /** The parsed file: its package clause and imports whole, its declarations hollow. */
    void file(GoParser.SourceFileContext root);

    /**
     * The fast pass failed (a syntax error, an ambiguity, a file nested too deeply): what was
     * handed over is void, and the file keeps its whole tree, or none, as without a sink.
     */
    void discard();
}
