package dev.gorewrite.pattern;

import static dev.gorewrite.golang.antlr.GoParser.*;

import dev.gorewrite.golang.TreeSink;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.antlr.GoLexer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A file's tree as patterns see it (see {@link Node}), with its nodes listed by kind so that a
 * pattern is tried only where a node of its own kind stands. Built once per file state and shared
 * by every pattern run on it. The build recurses once per nesting level of the file: like the
 * parser, it runs on the engine's big-stack workers.
 *
 * <p>A large file's nodes are built while it is parsed ({@link #parse}), one top-level
 * declaration (or literal element) at a time, so that its whole ANTLR tree never exists at once (it would hold about
 * 45 bytes per byte of source); the nodes are the same as those built from the whole tree.
 */
public final class SyntaxTree {
    /**
     * From this size on, a file lets go of ANTLR's tree once its nodes are built (45 bytes per
     * byte of source, the most of what it holds). A smaller file keeps it: the few steps that need
     * it later (the imports of a changed file) would otherwise parse it again, and two files in
     * flight of this size hold only a few megabytes.
     */
    static final int RELEASE_FROM_BYTES = 64 * 1024;
    /** Files from this size on are parsed a declaration at a time: smaller ones keep their ANTLR tree, as above. */
    static final int STREAM_FROM_BYTES = RELEASE_FROM_BYTES;
    private final GoFile file;
    private final Node root;
    /** Inner nodes by kind, tokens under {@link #tokenBucket}; each list in document order. */
    private final List<List<Node>> byKind;

    private SyntaxTree(GoFile file, Node root, List<List<Node>> byKind) {
        this.file = file;
        this.root = root;
        this.byKind = byKind;
    }

    /** The tree of a parsed file (one without a parse tree has no nodes). */
    public static SyntaxTree of(GoFile file) {
        Node root = file.tree() == null ? null : new Builder().build(file.tree(), false);
        return indexed(file, root);
    }

    /**
     * {@code bytes} parsed and its tree built: from {@value #STREAM_FROM_BYTES} bytes on one
     * declaration at a time, as the parser finishes it (see {@link GoFile#parse(String, byte[], TreeSink)}).
     * A file with syntax errors may have no nodes: it is not matched.
     */
    public static SyntaxTree parse(String path, byte[] bytes) {
        if (bytes.length >= STREAM_FROM_BYTES) {
            return streamed(path, bytes);
        }
        GoFile file = GoFile.parse(path, bytes);
        return file.ok() ? of(file) : indexed(file, null);
    }

    /**
     * Built as the parser goes, whatever the file's size; a file the fast pass cannot parse is
     * built whole if it has no syntax error after all (an ambiguity), else not at all.
     */
    static SyntaxTree streamed(String path, byte[] bytes) {
        Streamed sink = new Streamed();
        GoFile file = GoFile.parse(path, bytes, sink);
        if (sink.root != null) {
            return indexed(file, sink.root);
        }
        return file.ok() ? of(file) : indexed(file, null);
    }

    private static SyntaxTree indexed(GoFile file, Node root) {
        if (file.byteCount() >= RELEASE_FROM_BYTES) {
            file.releaseParseTree(); // the nodes and the file's placed tokens are all that matching needs
        }
        List<List<Node>> byKind = new ArrayList<>();
        for (int i = 0; i <= ruleNames.length; i++) {
            byKind.add(new ArrayList<>());
        }
        SyntaxTree tree = new SyntaxTree(file, root, byKind);
        if (root != null) {
            tree.index(root);
        }
        return tree;
    }

    /** The nodes of each declaration and literal element as the parser hands it over, then the root around them. */
    private static final class Streamed implements TreeSink {
        private final Builder builder = new Builder();
        /** The file's root once the fast pass succeeded; null before, and after a discard. */
        private Node root;

        @Override
        public void subtree(ParserRuleContext finished) {
            builder.handed(finished, builder.build(finished, true));
        }

        @Override
        public void file(SourceFileContext parsed) {
            root = builder.build(parsed, false);
        }

        @Override
        public void discard() {
            builder.handed.clear();
            root = null;
        }
    }

    private void index(Node node) {
        byKind.get(node.isToken() ? tokenBucket() : node.kind).add(node);
        for (Node child : node.children) {
            index(child);
        }
    }

    private int tokenBucket() {
        return ruleNames.length;
    }

    public GoFile file() {
        return file;
    }

    Node root() {
        return root;
    }

    /** Every node that could be what {@code pattern} is: of its kind, or a token of its type and text. */
    List<Node> candidates(Node pattern) {
        if (!pattern.isToken()) {
            return byKind.get(pattern.kind);
        }
        List<Node> same = new ArrayList<>();
        for (Node t : byKind.get(tokenBucket())) {
            if (t.type == pattern.type && t.text.equals(pattern.text)) {
                same.add(t);
            }
        }
        return same;
    }

    List<Node> ofKind(int kind) {
        return byKind.get(kind);
    }

    /** The node for a parse tree: chains of one child collapsed, separators dropped, inner lists spread. */
    static Node build(ParseTree tree, boolean element) {
        return new Builder().build(tree, element);
    }

    /**
     * Builds nodes with one String for each distinct token text (names, keywords and operators
     * repeat), and takes the nodes of a subtree handed over earlier (now hollow) as they were built.
     */
    private static final class Builder {
        private final Map<String, String> texts = new HashMap<>();
        /** Hollow subtrees and their nodes, each taken once. */
        final Map<ParserRuleContext, Node> handed = new IdentityHashMap<>();

        void handed(ParserRuleContext hollow, Node node) {
            handed.put(hollow, node);
        }

        Node build(ParseTree tree, boolean element) {
            ParseTree at = tree;
            while (at instanceof ParserRuleContext ctx && ctx.getChildCount() == 1) {
                at = ctx.getChild(0);
                element = true;
            }
            if (at instanceof TerminalNode terminal) {
                return token(terminal.getSymbol(), element);
            }
            ParserRuleContext ctx = (ParserRuleContext) at;
            int kind = canonical(ctx.getRuleIndex());
            List<Node> children = new ArrayList<>(ctx.getChildCount());
            for (int i = 0; i < ctx.getChildCount(); i++) {
                ParseTree child = ctx.getChild(i);
                if (!(child instanceof TerminalNode t && isSeparator(kind, t.getSymbol().getType()))) {
                    addChild(children, child);
                }
            }
            if (children.size() <= 1) {
                return children.isEmpty() ? null : children.get(0); // only separators around it: the same chain of one
            }
            return Node.inner(kind, children.toArray(Node.NO_CHILDREN));
        }

        private Node token(Token t, boolean element) {
            return t.getType() == Token.EOF ? null
                    : Node.token(t.getType(), texts.computeIfAbsent(t.getText(), Function.identity()), element, t.getTokenIndex());
        }

        private void addChild(List<Node> children, ParseTree child) {
            Node node = isHollow(child) ? handed.remove(child) : build(child, child instanceof ParserRuleContext);
            if (node == null) {
                return;
            }
            if (!node.isToken() && isSpread(node.kind)) {
                children.addAll(List.of(node.children));
            } else {
                children.add(node);
            }
        }

        private boolean isHollow(ParseTree child) {
            return child instanceof ParserRuleContext ctx && ctx.children == null && !handed.isEmpty();
        }
    }

    /** Lists that become the runs of their parent's children. */
    private static boolean isSpread(int kind) {
        return kind == RULE_statementList || kind == RULE_expressionList || kind == RULE_identifierList;
    }

    /**
     * Commas and semicolons only separate list items, so `a, b,` and `a, b` compare equal; in the
     * headers of `for` and `switch` a semicolon tells which part is which, so it stays there.
     */
    private static boolean isSeparator(int kind, int tokenType) {
        if (tokenType == GoLexer.COMMA) {
            return true;
        }
        return tokenType == GoLexer.SEMI && kind != RULE_forHeader && kind != RULE_switchStmt;
    }

    /** The header family of rules (a `{` after a name opens the block) matches its ordinary twin. */
    static int canonical(int rule) {
        return switch (rule) {
            case RULE_expressionNoBrace -> RULE_expression;
            case RULE_primaryExprNoBrace -> RULE_primaryExpr;
            case RULE_operandNoBrace -> RULE_operand;
            case RULE_simpleStmtNoBrace -> RULE_simpleStmt;
            case RULE_simpleStmtTailNoBrace -> RULE_simpleStmtTail;
            case RULE_expressionListNoBrace -> RULE_expressionList;
            default -> rule;
        };
    }
}
