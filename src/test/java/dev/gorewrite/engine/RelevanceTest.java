package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.TestTools;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeCatalog;
import dev.gorewrite.recipe.RecipeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The prefilter must never skip a file the full pipeline would change or flag: for every file and
 * recipe where {@link Relevance#mayAffect} says no, {@link Rewriter} (which parses and matches
 * everything) must leave the file unchanged with nothing to report.
 */
class RelevanceTest {
    /** A codemod-style recipe over all files: optional edits, deletions and an absent check. */
    private static final String CODEMOD = """
            id: test/codemod
            title: "codemod"
            guide: "test"
            files: ["**/*.go"]
            edits:
              - guide: "rename"
                optional: true
                replace:
                  from: ioutil.ReadAll($R)
                  to: io.ReadAll($R)
              - guide: "log first"
                optional: true
                insert:
                  before: {comment: "Deprecated:"}
                  code: |
                    _ = 0
              - guide: "drop helper"
                delete-declaration: mustNotExistAnywhere
              - guide: "drop call"
                delete: legacySetupHook($X)
              - guide: "drop section"
                delete-section:
                  from: {comment: "LEGACY SECTION"}
                  through: finishLegacy(...)
            checks:
              - id: no-unsafe-hook
                says: "no unsafeHook"
                absent: unsafeHook
            """;

    /** Codemods of the structural kinds: `...` and `$...X`, inside / not-inside, where, imports, runs of statements. */
    private static final String STRUCTURAL = """
            id: test/structural
            title: "structural codemod"
            guide: "test"
            files: ["**/*.go"]
            imports: {logger: example.com/logger}
            edits:
              - guide: "wrap"
                matches: all
                where:
                  $E: {kind: identifier, not: "nil"}
                replace: {from: "errors.Wrap($E, $M)", to: 'fmt.Errorf($M+": %w", $E)'}
              - guide: "printf outside helpers"
                matches: all
                not-inside: func helper($...P) $...R
                replace: {from: "log.Printf($...A)", to: "logger.Infof($...A)"}
              - guide: "copy inside loops"
                matches: all
                inside: for ... { ... }
                replace: {from: "io.Copy($W, $R)", to: "io.CopyBuffer($W, $R, nil)"}
              - guide: "verbosity"
                matches: all
                replace: {from: "$L.V(0).Info($...A)", to: "$L.Info($...A)"}
              - guide: "two statements"
                matches: all
                replace:
                  from: |
                    buf.Reset()
                    buf.WriteString($S)
                  to: |
                    buf.Reset()
                    _, _ = buf.WriteString($S)
              - guide: "fields"
                matches: all
                replace: {from: "bytes.NewBuffer(nil)", to: "new(bytes.Buffer)"}
            """;

    @Test
    void aSkippedFileIsOneThePipelineLeavesAloneAndTheFilterSkipsMostFiles() throws Exception {
        // Without the standard library the corpus is too small for the counts below to mean anything.
        Assumptions.assumeTrue(TestTools.goCorpus().isPresent(), "Go corpus missing: no `go env GOROOT`/src");
        List<Recipe> recipes = new ArrayList<>(RecipeCatalog.load(List.of()).all());
        recipes.add(RecipeLoader.load("codemod.yaml", CODEMOD));
        recipes.add(RecipeLoader.load("structural.yaml", STRUCTURAL));
        List<Path> files = corpus();
        int skipped = 0;
        int judged = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            if (!GoFile.parse(file.toString(), bytes).ok()) {
                continue; // a skipped file is never parsed, so its syntax errors are out of scope
            }
            for (Recipe recipe : recipes) {
                judged++;
                if (Relevance.of(recipe).mayAffect(bytes)) {
                    continue;
                }
                skipped++;
                FileOutcome full = Rewriter.rewrite(file.toString(), bytes, List.of(recipe));
                assertThat(full.status()).as(recipe.id() + " on " + file + ": " + full.problems())
                        .isEqualTo(FileOutcome.Status.UNCHANGED);
                assertThat(full.edits()).as(recipe.id() + " on " + file)
                        .allMatch(e -> e.status() == EditStatus.ALREADY_APPLIED || e.status() == EditStatus.NOT_APPLICABLE
                                || e.status() == EditStatus.ABSENT);
                assertThat(full.checks()).as(recipe.id() + " on " + file).allMatch(CheckOutcome::passed);
            }
        }
        assertThat(judged).isGreaterThan(1000);
        assertThat(skipped).as("the codemod is skipped on most files").isGreaterThan(files.size() / 2);
    }

    @Test
    void recipesWithRequiredEditsOrPresenceChecksAreNeverSkipped() throws Exception {
        byte[] unrelated = "package p\n\nfunc f() {}\n".getBytes(StandardCharsets.UTF_8);
        for (Recipe builtIn : RecipeCatalog.load(List.of()).all()) {
            assertThat(Relevance.of(builtIn).mayAffect(unrelated)).as(builtIn.id()).isTrue();
        }
        Recipe codemod = RecipeLoader.load("codemod.yaml", CODEMOD);
        assertThat(Relevance.of(codemod).mayAffect(unrelated)).isFalse();
        assertThat(Relevance.of(codemod).mayAffect("x := ioutil.ReadAll(r)".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Relevance.of(codemod).mayAffect("// LEGACY SECTION".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Relevance.of(codemod).mayAffect("unsafeHook()".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    /** `$L.V(0).Info($...A)` → `$L.Info($...A)`: names (V, Info) common, the run `.V(0).Info(` rare. */
    private static Recipe verbose() throws Exception {
        return RecipeLoader.load("v.yaml", """
                id: test/verbose
                title: drop V(0)
                guide: test guide
                files: ["**/*.go"]
                edits:
                  - guide: Info
                    matches: all
                    replace: {from: "$L.V(0).Info($...A)", to: "$L.Info($...A)"}
                """);
    }

    @Test
    void aFileNeedsEveryNameOfAPatternNotOnlyTheLongest() throws Exception {
        Recipe verbose = verbose();
        Relevance relevance = Relevance.of(verbose);

        assertThat(relevance.mayAffect("log.Info(\"no verbosity\")".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(relevance.mayAffect("log.V(0).Info(\"x\")".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void aFixedRunIsFoundWithSpaceCommentsAndSeparatorsBetweenItsTokens() throws Exception {
        Recipe verbose = verbose();
        Relevance relevance = Relevance.of(verbose);

        for (String call : List.of("log.V(0).Info(\"x\")", "log.V( 0 ).\n\t\tInfo(\"x\")", "log.V(0). // why\n\tInfo(\"x\")",
                "log.V(0 /* quiet */).Info(\"x\")", "log.V(0,).Info(\"x\")", "log.V(0)\r\n.Info(x)")) {
            assertThat(relevance.mayAffect(("package p\n\nfunc f() {\n\t" + call + "\n}\n").getBytes(StandardCharsets.UTF_8)))
                    .as(call).isTrue();
        }
        for (String call : List.of("log.V(1).Info(\"x\")", "log.V(0).Error(err, \"x\")", "log.V(0)\n\tlog.Info(\"x\")")) {
            assertThat(relevance.mayAffect(("package p\n\nfunc f() {\n\t" + call + "\n}\n").getBytes(StandardCharsets.UTF_8)))
                    .as(call).isFalse();
        }
    }

    /**
     * Files that have a match only with space, comments or dropped separators between its tokens:
     * the pipeline changes each, so the prefilter must let each through.
     */
    @Test
    void filesWhoseMatchesAreSpreadOutAreNotSkipped() throws Exception {
        Recipe structural = RecipeLoader.load("structural.yaml", STRUCTURAL);
        Relevance relevance = Relevance.of(structural);
        List<String> bodies = List.of(
                "return errors.Wrap(\n\t\terr, // the cause\n\t\t\"load\",\n\t)",
                "log.\n\t\tV(0).Info(\"x\", /* k */ \"k\", 1)",
                "for i := 0; i < 3; i++ {\n\t\tio.Copy(w /* to */, r)\n\t}",
                "buf.Reset(); buf.WriteString(\"x\")",
                "_ = bytes.NewBuffer( nil )");
        for (String body : bodies) {
            byte[] file = ("package p\n\nfunc f() {\n\t" + body + "\n}\n").getBytes(StandardCharsets.UTF_8);
            FileOutcome full = Rewriter.rewrite("p.go", file, List.of(structural));
            assertThat(full.status()).as(body + ": " + full.problems()).isEqualTo(FileOutcome.Status.CHANGED);
            assertThat(relevance.mayAffect(file)).as(body).isTrue();
        }
    }

    /** Examples, expected results, mutated services and a slice of the Go standard library when present. */
    private static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> examples = Files.walk(Path.of("examples"))) {
            examples.filter(Files::isRegularFile).forEach(files::add);
        }
        try (Stream<Path> cases = Files.walk(Path.of("src/test/resources/cases"))) {
            cases.filter(p -> p.toString().endsWith(".go")).forEach(files::add);
        }
        for (String pkg : List.of("io", "os", "net/http", "go/ast", "encoding")) {
            Path stdlib = TestTools.goCorpus().orElseThrow().resolve(pkg);
            if (Files.isDirectory(stdlib)) {
                try (Stream<Path> go = Files.walk(stdlib)) {
                    go.filter(p -> p.toString().endsWith(".go") && !p.toString().contains("/testdata/"))
                            .forEach(files::add);
                }
            }
        }
        return files;
    }
}
