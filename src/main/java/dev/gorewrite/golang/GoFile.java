package dev.gorewrite.golang;

import dev.gorewrite.golang.antlr.GoParser;
import java.util.ArrayList;
import java.util.Collections;
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
    private final List<GoToken> tokens;
    private final GoParser.SourceFileContext tree;
    private final List<SyntaxError> errors;
    private final boolean llFallback;

    private GoFile(String path, byte[] bytes, String text, List<GoToken> tokens,
            GoParser.SourceFileContext tree, List<SyntaxError> errors, boolean llFallback) {
        this.path = path;
        this.bytes = bytes;
        this.text = text;
        this.tokens = tokens;
        this.tree = tree;
        this.errors = errors;
        this.llFallback = llFallback;
    }

    public static GoFile parse(String path, byte[] bytes) {
        Objects.requireNonNull(path, "path");
        String text = Utf8.decode(bytes);
        TwoStageParser.Result parsed = TwoStageParser.parse(path, text);
        List<GoToken> tokens = placeTokens(parsed.tokens());
        List<SyntaxError> errors = new ArrayList<>();
        for (SyntaxErrorListener.Raw raw : parsed.errors()) {
            GoToken at = tokens.get(Math.min(raw.tokenIndex(), tokens.size() - 1));
            errors.add(new SyntaxError(path, at.line(), at.column(), raw.message()));
        }
        if (errors.isEmpty()) {
            errors.addAll(SyntaxChecks.check(path, parsed.tree(), tokens));
        }
        return new GoFile(path, bytes.clone(), text, tokens, parsed.tree(), List.copyOf(errors),
                parsed.llFallback());
    }

    /**
     * Gives each token its char offset, byte offset, line and byte column by walking the texts in
     * order; ANTLR's own indexes count code points and its columns count characters. The EOF
     * token is kept (with empty text) so that an error "found EOF" has a place.
     */
    private static List<GoToken> placeTokens(List<Token> antlrTokens) {
        List<GoToken> out = new ArrayList<>(antlrTokens.size());
        int offset = 0;
        int byteOffset = 0;
        int line = 1;
        int lineStartByte = 0;
        for (Token t : antlrTokens) {
            String tokenText = t.getType() == Token.EOF ? "" : t.getText();
            boolean hidden = t.getChannel() != Token.DEFAULT_CHANNEL;
            out.add(new GoToken(t.getType(), tokenText, offset, byteOffset, line, byteOffset - lineStartByte + 1, hidden));
            int newline = tokenText.lastIndexOf('\n');
            if (newline >= 0) {
                for (int i = 0; i < tokenText.length(); i++) {
                    if (tokenText.charAt(i) == '\n') {
                        line++;
                    }
                }
                lineStartByte = byteOffset + Utf8.encodedLength(tokenText.substring(0, newline + 1));
            }
            offset += tokenText.length();
            byteOffset += Utf8.encodedLength(tokenText);
        }
        return Collections.unmodifiableList(out);
    }

    public String path() {
        return path;
    }

    public byte[] bytes() {
        return bytes.clone();
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
        return tokens.subList(0, tokens.size() - 1);
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

    public GoParser.SourceFileContext tree() {
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
        for (GoToken t : tokens) {
            joined.append(t.text());
        }
        return Utf8.encode(joined);
    }
}
