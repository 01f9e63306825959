package dev.gorewrite.golang;

import dev.gorewrite.golang.antlr.GoParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules the grammar leaves out on purpose to stay fast (it parses a superset of Go, as Go's
 * own parser does), checked on the tree afterwards.
 */
final class SyntaxChecks {
    private SyntaxChecks() {}

    static List<SyntaxError> check(String path, GoParser.SourceFileContext tree, List<GoToken> tokens) {
        return new ArrayList<>();
    }
}
