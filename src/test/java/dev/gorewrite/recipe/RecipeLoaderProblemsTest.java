package dev.gorewrite.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of problem in a recipe file, as the user sees it: `file:line: field.path: message`. */
class RecipeLoaderProblemsTest {
    /** Lines 1-4 of most recipes below; `edits:` is on line 5. */
    private static final String HEADER = """
            id: gateway/fix
            title: T
            guide: G
            files: "**/*.go"
            """;

    @Test
    void yamlSyntaxErrorIsPlacedWithoutAStackTrace() {
        assertThat(problems("""
                id: gateway/fix
                title: Gateway: build with the tag
                """)).containsExactly(
                "r.yaml:2: not valid YAML: mapping values are not allowed here; quote a value that contains ': '");
    }

    @Test
    void unclosedQuoteNamesWhereItBegan() {
        assertThat(problems("""
                id: gateway/fix
                title: "T
                """)).containsExactly(
                "r.yaml:3: not valid YAML: while scanning a quoted scalar at line 2: found unexpected end of stream");
    }

    @Test
    void topLevelMustBeAMapping() {
        assertThat(problems("""
                - id: gateway/fix
                """)).containsExactly(
                "r.yaml:1: expected a mapping with id, title, guide, files, imports, edits, checks, create at the top; found a list");
    }

    @Test
    void emptyFile() {
        assertThat(problems("# nothing yet\n"))
                .containsExactly("r.yaml:1: empty recipe: give id, title, guide, files and edits");
    }

    @Test
    void unknownKeySuggestsTheNearestKnownOne() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    replce: {from: f(), to: g()}
                """)).containsExactly(
                "r.yaml:6: edits[0]: empty edit: give one of replace, insert, delete, delete-section, delete-declaration",
                "r.yaml:7: edits[0].replce: unknown key 'replce'; expected one of: guide, optional, matches,"
                        + " within, inside, not-inside, where, replace, insert, delete, delete-section, delete-declaration; did you mean 'replace'?");
    }

    @Test
    void unknownKeyFarFromAnyKnownOne() {
        assertThat(problems(HEADER + """
                colour: red
                edits:
                  - {guide: g, delete: f()}
                """)).containsExactly(
                "r.yaml:5: colour: unknown key 'colour'; expected one of: id, title, guide, files, imports, edits, checks, create");
    }

    @Test
    void duplicateKey() {
        assertThat(problems(HEADER + """
                edits:
                  - {guide: g, delete: f()}
                title: U
                """)).containsExactly("r.yaml:7: title: duplicate key 'title'; the first one is at line 2: keep one");
    }

    @Test
    void missingRequiredField() {
        assertThat(problems("""
                id: gateway/fix
                title: T
                files: "**/*.go"
                edits:
                  - delete: f()
                """)).containsExactly(
                "r.yaml:1: missing required key 'guide'",
                "r.yaml:5: edits[0]: missing required key 'guide'");
    }

    @Test
    void wrongType() {
        assertThat(problems("""
                id: gateway/fix
                title: [Gateway, fix]
                guide: G
                files: "**/*.go"
                edits:
                  - {guide: g, delete: f(), optional: yes}
                """)).containsExactly(
                "r.yaml:2: title: expected a string, found a list",
                "r.yaml:6: edits[0].optional: expected true or false, found a string 'yes'");
    }

    @Test
    void filesMustBeAGlobOrAList() {
        assertThat(problems("""
                id: gateway/fix
                title: T
                guide: G
                files: {glob: "**/*.go"}
                edits:
                  - {guide: g, delete: f()}
                """)).containsExactly("r.yaml:4: files: expected a glob or a list of globs, found a mapping");
    }

    @Test
    void emptyEdit() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    optional: true
                """)).containsExactly("r.yaml:6: edits[0]: empty edit: give one of replace, insert, delete,"
                + " delete-section, delete-declaration");
    }

    @Test
    void editWithTwoKinds() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    delete: f()
                    delete-declaration: f
                """)).containsExactly("r.yaml:8: edits[0]: give only one of replace, insert, delete, delete-section,"
                + " delete-declaration; found delete and delete-declaration");
    }

    @Test
    void patternThatDoesNotLexIsPlacedOnTheFileLineOfABlockScalar() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    replace:
                      from: |
                        f(x)
                        g("abc)
                      to: h(x)
                """)).containsExactly("r.yaml:10: edits[0].replace.from: does not lex at pattern line 2, column 3:"
                + " string literal not terminated");
    }

    @Test
    void patternThatDoesNotLexInAQuotedScalarIsPlacedOnItsLine() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    delete: 'x := `raw'
                """)).containsExactly("r.yaml:7: edits[0].delete: does not lex at pattern line 1, column 6:"
                + " string literal not terminated");
    }

    @Test
    void patternWithoutCode() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    delete: |
                      // only a comment
                  - guide: g
                    replace: {from: f(), to: ""}
                """)).containsExactly(
                "r.yaml:7: edits[0].delete: pattern has no Go code",
                "r.yaml:10: edits[1].replace.to: pattern has no Go code; to remove code, use delete: instead of replace:");
    }

    @Test
    void codeAnchorWithoutCode() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    insert: {after: {code: "/* x */"}, code: f()}
                """)).containsExactly("r.yaml:7: edits[0].insert.after.code: pattern has no Go code");
    }

    @Test
    void replacementUsesAMetavariableThatFromDoesNotBind() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    replace:
                      from: |
                        build($W, $_)
                      to: |
                        buildWithTag(
                            $W, $Y)
                """)).containsExactly("r.yaml:12: edits[0].replace.to: unknown metavariable $Y; from binds $W");
    }

    @Test
    void namedWildcardsNeedANameAndABindingInFrom() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    replace:
                      from: |
                        if x {
                        	$...BODY
                        }
                      to: |
                        $...BODY
                        $...REST
                  - guide: h
                    delete: f($...)
                  - guide: i
                    delete: f($..._)
                """)).containsExactly(
                "r.yaml:14: edits[0].replace.to: unknown metavariable $...REST; from binds $...BODY",
                "r.yaml:16: edits[1].delete: does not lex at pattern line 1, column 3: '$...' must be followed by a"
                        + " name, as in $...BODY (a plain ... binds nothing)",
                "r.yaml:18: edits[2].delete: does not lex at pattern line 1, column 3: '$...' must be followed by a"
                        + " name, as in $...BODY (a plain ... binds nothing)");
    }

    @Test
    void replacementNeedsCodeOfItsOwn() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    replace:
                      from: unwrap($X)
                      to: $X
                  - guide: h
                    replace:
                      from: "if legacy { $...BODY }"
                      to: |
                        // the body, unguarded
                        $...BODY
                """)).containsExactly(
                "r.yaml:9: edits[0].replace.to: has no code of its own besides $X, so a second run could not tell"
                        + " the edit is done; take some code around it into from and to, as in `x := $X`",
                "r.yaml:13: edits[1].replace.to: has no code of its own besides $...BODY, so a second run could"
                        + " not tell the edit is done; take some code around it into from and to, as in `x := $X`");
    }

    @Test
    void replacementCannotUseTheAnonymousMetavariable() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    replace: {from: "build($_)", to: "buildWithTag($_)"}
                """)).containsExactly("r.yaml:7: edits[0].replace.to: $_ cannot be used in to: it matches anything"
                + " and binds nothing; from binds none");
    }

    @Test
    void insertedCodeCannotUseMetavariables() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    insert:
                      before: "deploy($X)"
                      code: |
                        tag := newTag()
                        build($X, tag)
                """)).containsExactly(
                "r.yaml:11: edits[0].insert.code: insert.code cannot use metavariables: nothing binds $X");
    }

    @Test
    void insertNeedsExactlyOnePlace() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    insert: {code: f()}
                  - guide: g
                    insert: {before: f(), after: g(), code: h()}
                """)).containsExactly(
                "r.yaml:7: edits[0].insert: insert needs before: ANCHOR or after: ANCHOR, to say where the code goes",
                "r.yaml:9: edits[1].insert: give only one of before, after; found before and after");
    }

    @Test
    void anchorsAndScopesMustSayWhere() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    within: {}
                    delete-section:
                      from: {code: f(), comment: PHASE 1}
                      through: "finish()"
                  - guide: g
                    delete-section: {from: [f()], through: "finish()"}
                """)).containsExactly(
                "r.yaml:7: edits[0].within: give from: ANCHOR, to: ANCHOR or both, or leave out within",
                "r.yaml:9: edits[0].delete-section.from: give only one of code, comment; found code and comment",
                "r.yaml:12: edits[1].delete-section.from: expected an anchor: Go code, {code: CODE} or"
                        + " {comment: TEXT}; found a list");
    }

    @Test
    void declarationNameMustBeAGoName() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    delete-declaration: "func build()"
                """)).containsExactly("r.yaml:7: edits[0].delete-declaration: 'func build()' is not a Go name; give"
                + " the bare name of the function, type, var or const, as in buildDataStorageImage");
    }

    @Test
    void duplicateCheckIds() {
        assertThat(problems(HEADER + """
                edits:
                  - {guide: g, delete: f()}
                checks:
                  - {id: tagged, says: s, present: g()}
                  - {id: tagged, says: s, absent: f()}
                """)).containsExactly(
                "r.yaml:9: checks[1].id: duplicate check id 'tagged'; the first one is at line 8:"
                        + " give each check its own id");
    }

    @Test
    void thenGoesOnlyWithBefore() {
        assertThat(problems(HEADER + """
                edits:
                  - {guide: g, delete: f()}
                checks:
                  - id: a
                    says: s
                    present: g()
                    then: h()
                  - id: b
                    says: s
                    before: g()
                """)).containsExactly(
                "r.yaml:11: checks[0].then: then goes only with before: give before: ANCHOR, the code that must"
                        + " come first",
                "r.yaml:14: checks[1].before: before needs then: give then: ANCHOR, the code that must come after it");
    }

    @Test
    void emptyCheck() {
        assertThat(problems(HEADER + """
                edits:
                  - {guide: g, delete: f()}
                checks:
                  - {id: a, says: s}
                """)).containsExactly("r.yaml:8: checks[0]: empty check: give one of present, absent, exactly-once, before");
    }

    @Test
    void invalidGlob() {
        assertThat(problems("""
                id: gateway/fix
                title: T
                guide: G
                files:
                  - "**/*.go"
                  - "**/[a.go"
                edits:
                  - {guide: g, delete: f()}
                """)).containsExactly("r.yaml:6: files[1]: invalid glob '**/[a.go': Missing ']' at index 7");
    }

    @Test
    void filesAndEditsMustNotBeEmpty() {
        assertThat(problems("""
                id: gateway/fix
                title: T
                guide: G
                files: []
                edits: []
                """)).containsExactly(
                "r.yaml:4: files: no globs: give at least one, as in \"**/*_e2e.go\"",
                "r.yaml:5: edits: no edits and no checks: give edits (a migration), checks (a lint recipe), or both");
    }

    @Test
    void aRecipeWithNeitherEditsNorChecksDoesNothingAndIsAnError() {
        assertThat(problems(HEADER)).containsExactly(
                "r.yaml:1: missing required key 'edits': give edits (a migration), checks (a lint recipe), or both");
        assertThat(problems(HEADER + "checks: []\n")).containsExactly(
                "r.yaml:1: missing required key 'edits': give edits (a migration), checks (a lint recipe), or both");
    }

    @Test
    void filesOfOnlyExclusionsOrAnEmptyExclusionAreErrors() {
        assertThat(problems("""
                id: gateway/fix
                title: T
                guide: G
                files: ["!vendor/**", "!**/*_test.go"]
                edits:
                  - {guide: g, delete: f()}
                """)).containsExactly("r.yaml:4: files: only exclusions (!glob): give the files to look at too,"
                + " as in [\"**/*.go\", \"!vendor/**\"]");
        assertThat(problems(HEADER.replace("files: \"**/*.go\"", "files: \"!**/*.go\"") + "edits:\n  - {guide: g, delete: f()}\n"))
                .containsExactly("r.yaml:4: files: only exclusions (!glob): give the files to look at too,"
                        + " as in [\"**/*.go\", \"!**/*.go\"]");
        assertThat(problems("""
                id: gateway/fix
                title: T
                guide: G
                files: ["**/*.go", "!", "![a.go"]
                edits:
                  - {guide: g, delete: f()}
                """)).containsExactly(
                "r.yaml:4: files[1]: '!' excludes nothing: write the glob after the '!'",
                "r.yaml:4: files[2]: invalid glob '![a.go': Missing ']' at index 5");
    }

    @Test
    void badId() {
        assertThat(problems("""
                id: Gateway Fix
                title: T
                guide: G
                files: "**/*.go"
                edits:
                  - {guide: g, delete: f()}
                """)).containsExactly("r.yaml:1: id: 'Gateway Fix' is not a recipe id: use lowercase words of a-z,"
                + " 0-9 and '-' separated by '/', as in datastorage-image-tag/gateway");
    }

    @Test
    void everyProblemInAFileIsReportedInLineOrder() {
        assertThat(problems("""
                id: gateway/fix
                title: T
                files: ["**/[a.go"]
                edits:
                  - guide: g
                    replce: {from: f(), to: g()}
                  - guide: g
                    replace: {from: "f($W)", to: "g($Y)"}
                  - guide: g
                    optional: maybe
                    delete: |
                      f("x)
                checks:
                  - {id: a, says: s, present: f()}
                  - {id: a, says: s, before: f()}
                """)).containsExactly(
                "r.yaml:1: missing required key 'guide'",
                "r.yaml:3: files[0]: invalid glob '**/[a.go': Missing ']' at index 7",
                "r.yaml:5: edits[0]: empty edit: give one of replace, insert, delete, delete-section, delete-declaration",
                "r.yaml:6: edits[0].replce: unknown key 'replce'; expected one of: guide, optional, matches,"
                        + " within, inside, not-inside, where, replace, insert, delete, delete-section, delete-declaration; did you mean 'replace'?",
                "r.yaml:8: edits[1].replace.to: unknown metavariable $Y; from binds $W",
                "r.yaml:10: edits[2].optional: expected true or false, found a string 'maybe'",
                "r.yaml:12: edits[2].delete: does not lex at pattern line 1, column 3: string literal not terminated",
                "r.yaml:15: checks[1].id: duplicate check id 'a'; the first one is at line 14: give each check its own id",
                "r.yaml:15: checks[1].before: before needs then: give then: ANCHOR, the code that must come after it");
    }

    private static List<String> problems(String yaml) {
        try {
            Recipe recipe = RecipeLoader.load("r.yaml", yaml);
            return fail("expected problems, loaded " + recipe);
        } catch (RecipeException e) {
            return e.problems().stream().map(RecipeProblem::toString).toList();
        }
    }

    @Test
    void unbalancedOrWildcardOnlyPatternsAreRecipeErrors() {
        assertThat(problems(HEADER + """
                edits:
                  - guide: g
                    delete: ")("
                  - guide: h
                    delete: "..."
                  - guide: i
                    replace: {from: "$...X", to: "f($...X)"}
                """)).containsExactly(
                "r.yaml:7: edits[0].delete: is not a pattern: at pattern line 1, column 1: is not Go code of one kind (an"
                        + " expression, statements, declarations, composite-literal elements, struct fields or a type):"
                        + " as statements, expected '}', found ')'",
                "r.yaml:9: edits[1].delete: pattern has no code of its own besides metavariables and wildcards, so it"
                        + " would match anything",
                "r.yaml:11: edits[2].replace.from: pattern has no code of its own besides metavariables and wildcards,"
                        + " so it would match anything");
    }

    /** Lines 1-3 of a recipe that creates a file; `create:` is on line 4. */
    private static final String CREATE_HEADER = "id: util/helper\ntitle: T\nguide: G\n";

    @Test
    void createGoesWithoutFilesAndEdits() {
        assertThat(problems(CREATE_HEADER + """
                create: {path: pkg/util/helper.go, code: "package util\\n"}
                files: "**/*.go"
                edits:
                  - {guide: g, delete: f()}
                """)).containsExactly(
                "r.yaml:5: files: does not go with create: a recipe that creates a file names it in create.path and has"
                        + " no edits (checks may follow)",
                "r.yaml:6: edits: does not go with create: a recipe that creates a file names it in create.path and has"
                        + " no edits (checks may follow)");
    }

    @Test
    void createPathIsOnePlainGoFileBelowRoot() {
        for (String path : List.of("pkg/*.go", "../up.go", "/abs/x.go", "pkg/x.txt", "vendor/x/y.go", "a//b.go")) {
            assertThat(problems(CREATE_HEADER + "create: {path: \"" + path + "\", code: \"package x\\n\"}\n"))
                    .as(path).singleElement().asString().startsWith("r.yaml:4: create.path: '" + path + "' ");
        }
    }

    @Test
    void createCodeMustParseAsAGoFile() {
        assertThat(problems(CREATE_HEADER + """
                create:
                  path: pkg/util/helper.go
                  code: |
                    package util

                    func Helper( {
                    }
                """)).singleElement().asString()
                .startsWith("r.yaml:9: create.code: is not a Go file: at code line 3, column ");
    }
}
