package dev.gorewrite.golang;

import dev.gorewrite.golang.antlr.GoParser;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Takes a file's top-level declarations one by one as the parser finishes them, so that the
 * whole ANTLR tree of a large file never exists at once: each declaration is handed over checked
 * and complete, and then cut loose (the tree keeps a hollow node with its first and last token).
 * The pattern tree builds its nodes here; `parse`, which needs only the errors, drops them.
 */
public interface DeclarationSink {
    /** Keeps nothing: for a parse that only wants to know whether the file is Go. */
    DeclarationSink NONE = new DeclarationSink() {
        @Override
        public void declaration(ParserRuleContext declaration) {}

        @Override
        public void file(GoParser.SourceFileContext root) {}

        @Override
        public void discard() {}
    };

    /** A finished top-level declaration; its children are dropped once this returns. */
    void declaration(ParserRuleContext declaration);

    /** The parsed file: its package clause and imports whole, its declarations hollow. */
    void file(GoParser.SourceFileContext root);

    /**
     * The fast pass failed (a syntax error, an ambiguity, a file nested too deeply): what was
     * handed over is void, and the file keeps its whole tree, or none, as without a sink.
     */
    void discard();
}
