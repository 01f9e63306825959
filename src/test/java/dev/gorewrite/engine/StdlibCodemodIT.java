package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gorewrite.TestTools;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.GoToken;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An every-match codemod over the Go standard library: every `ioutil.ReadFile/WriteFile/ReadAll`
 * call site is rewritten, and no other code. The call sites are counted independently of the
 * parser and matcher, from the lexer's code tokens (so comments and strings never count), and
 * each changed file must equal its original token for token except at those call sites and in its
 * imports (which StdlibImportsIT checks).
 */
public class StdlibCodemodIT {
    private static final Map<String, String> NEW_HOME = Map.of("ReadFile", "os", "WriteFile", "os", "ReadAll", "io");
    /** The codemod itself, shared with the imports and layout checks over the same library. */
    public static final String RECIPE = """
            id: test/ioutil
            title: io/ioutil calls become os and io calls
            guide: Go 1.16 deprecation of io/ioutil
            files: ["**/*.go"]
            edits:
              - guide: ReadFile
                matches: all
                replace: {from: ioutil.ReadFile($...A), to: os.ReadFile($...A)}
              - guide: WriteFile
                matches: all
                replace: {from: ioutil.WriteFile($...A), to: os.WriteFile($...A)}
              - guide: ReadAll
                matches: all
                replace: {from: ioutil.ReadAll($...A), to: io.ReadAll($...A)}
            """;

    /**
     * Files that wait for gofmt are put aside while their worker goes on (see ParallelRun): over
     * hundreds of changed files, the run over the tree must come out exactly as each file
     * rewritten alone, waiting for its layout in place.
     */
    @Test
    void theTreeRunComesOutAsEachFileRewrittenAlone() throws Exception {
        Path src = TestTools.goCorpus().orElse(null);
        assumeTrue(src != null, "the Go standard library corpus is not installed");
        Recipe recipe = RecipeLoader.load("errors.yaml", """
                id: test/errors-new
                title: errors.New becomes fmt.Errorf
                guide: errors
                files: ["**/*.go"]
                edits:
                  - {guide: New, matches: all, replace: {from: "errors.New($M)", to: "fmt.Errorf($M)"}}
                """);

        List<FileOutcome> outcomes = Migration.run(src, List.of(recipe), false);

        List<FileOutcome> changed = outcomes.stream().filter(o -> o.status() == FileOutcome.Status.CHANGED).toList();
        assertThat(changed).hasSizeGreaterThan(300);
        for (FileOutcome o : outcomes) {
            FileOutcome alone = Rewriter.rewrite(o.path(), Files.readAllBytes(src.resolve(o.path())), List.of(recipe));
            assertThat(o.status()).as(o.path()).isEqualTo(alone.status());
            assertThat(o.edits()).as(o.path()).isEqualTo(alone.edits());
            assertThat(o.problems()).as(o.path()).isEqualTo(alone.problems());
            if (o.status() == FileOutcome.Status.CHANGED) {
                assertThat(o.after()).as(o.path()).isEqualTo(alone.after());
            }
        }
    }

    @Test
    void everyCallSiteIsRewrittenAndNothingElse() throws Exception {
        Path src = TestTools.goCorpus().orElse(null);
        assumeTrue(src != null, "the Go standard library corpus is not installed");
        Recipe recipe = RecipeLoader.load("ioutil.yaml", RECIPE);

        List<FileOutcome> outcomes = Migration.run(src, List.of(recipe), false);

        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).as(o.path() + " " + o.problems())
                .isNotEqualTo(FileOutcome.Status.FAILED));
        int rewritten = 0;
        for (FileOutcome o : outcomes) {
            if (o.status() == FileOutcome.Status.CHANGED) {
                List<String> before = codeTokens(o.before());
                assertThat(withoutImports(codeTokens(o.after()))).as(o.path()).isEqualTo(migrated(withoutImports(before)));
                rewritten += callSites(before);
            }
        }
        int found = 0;
        for (Path file : SourceTree.goFiles(List.of(src)).files()) {
            found += callSites(codeTokens(Files.readAllBytes(file)));
        }
        assertThat(found).as("call sites in the corpus").isGreaterThan(100);
        assertThat(rewritten).isEqualTo(found);
        System.out.println("ioutil codemod over " + src + ": " + found + " call sites, all rewritten, in "
                + outcomes.stream().filter(o -> o.status() == FileOutcome.Status.CHANGED).count() + " files");
    }

    static List<String> codeTokens(byte[] bytes) {
        List<String> out = new ArrayList<>();
        for (GoToken t : GoFile.lex("f.go", bytes).tokens()) {
            if (!t.hidden() && !t.isSemicolon()) {
                out.add(t.text());
            }
        }
        return out;
    }

    /** The tokens without the import declarations, which the imports test checks on their own. */
    static List<String> withoutImports(List<String> tokens) {
        int start = tokens.indexOf("import");
        if (start < 0) {
            return tokens;
        }
        int end = start;
        while (end < tokens.size() && tokens.get(end).equals("import")) {
            end = tokens.get(end + 1).equals("(") ? end + tokens.subList(end, tokens.size()).indexOf(")") + 1 : end + (tokens.get(end + 1).startsWith("\"") ? 2 : 3);
        }
        List<String> out = new ArrayList<>(tokens.subList(0, start));
        out.addAll(tokens.subList(end, tokens.size()));
        return out;
    }

    /** The tokens with `ioutil . F (` turned into `os . F (` or `io . F (`. */
    private static List<String> migrated(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens);
        for (int i = 0; i + 3 < out.size(); i++) {
            if (isCallSite(out, i)) {
                out.set(i, NEW_HOME.get(out.get(i + 2)));
            }
        }
        return out;
    }

    private static int callSites(List<String> tokens) {
        int n = 0;
        for (int i = 0; i + 3 < tokens.size(); i++) {
            n += isCallSite(tokens, i) ? 1 : 0;
        }
        return n;
    }

    private static boolean isCallSite(List<String> tokens, int i) {
        return tokens.get(i).equals("ioutil") && tokens.get(i + 1).equals(".") && NEW_HOME.containsKey(tokens.get(i + 2))
                && tokens.get(i + 3).equals("(") && (i == 0 || !tokens.get(i - 1).equals("."));
    }
}
