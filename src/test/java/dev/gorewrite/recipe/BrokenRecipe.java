package dev.gorewrite.recipe;

import java.util.List;
import java.util.Objects;

/**
 * A broken recipe of RecipeLoaderProblemsTest, named by its test there, whether a JSON Schema can
 * say what is wrong with it and, if so, part of the validator's error (the place and the rule). Left out: YAML that does not parse (no JSON to validate) and
 * duplicate keys (YAML readers refuse or merge them before any schema sees the document).
 */
record BrokenRecipe(String name, String yaml, boolean schemaCanSay, String schemaError) {
    private static final String HEADER = "id: gateway/fix\ntitle: T\nguide: G\nfiles: \"**/*.go\"\n";

    BrokenRecipe {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(schemaError, "schemaError");
        if (schemaCanSay == schemaError.isEmpty()) {
            throw new IllegalArgumentException(name + ": the schema's error goes with schemaCanSay, and only with it");
        }
    }

    @Override
    public String toString() {
        return name + (schemaCanSay ? "" : " (loader only)");
    }

    /** Rejected by the schema with an error that contains {@code error} (where, and what). */
    private static BrokenRecipe schema(String name, String error, String yaml) {
        return new BrokenRecipe(name, yaml, true, error);
    }

    private static BrokenRecipe loaderOnly(String name, String yaml) {
        return new BrokenRecipe(name, yaml, false, "");
    }

    static final List<BrokenRecipe> ALL = List.of(
            schema("topLevelMustBeAMapping", ": array found, object expected",
                    "- id: gateway/fix\n"),
            schema("emptyFile", ": null found, object expected",
                    "# nothing yet\n"),
            schema("unknownKeySuggestsTheNearestKnownOne", "/edits/0: property 'replce' is not defined",
                    HEADER + """
                    edits:
                      - guide: g
                        replce: {from: f(), to: g()}
                    """),
            schema("unknownKeyFarFromAnyKnownOne", ": property 'colour' is not defined",
                    HEADER + """
                    colour: red
                    edits:
                      - {guide: g, delete: f()}
                    """),
            schema("missingRequiredField", "/edits/0: required property 'guide' not found",
                    """
                    id: gateway/fix
                    title: T
                    files: "**/*.go"
                    edits:
                      - delete: f()
                    """),
            schema("wrongType", "/edits/0/optional: string found, boolean expected",
                    """
                    id: gateway/fix
                    title: [Gateway, fix]
                    guide: G
                    files: "**/*.go"
                    edits:
                      - {guide: g, delete: f(), optional: yes}
                    """),
            schema("filesMustBeAGlobOrAList", "/files: object found, array expected",
                    """
                    id: gateway/fix
                    title: T
                    guide: G
                    files: {glob: "**/*.go"}
                    edits:
                      - {guide: g, delete: f()}
                    """),
            schema("emptyEdit", "/edits/0: must be valid to one and only one schema, but 0 are valid",
                    HEADER + """
                    edits:
                      - guide: g
                        optional: true
                    """),
            schema("editWithTwoKinds", "/edits/0: must be valid to one and only one schema, but 2 are valid",
                    HEADER + """
                    edits:
                      - guide: g
                        delete: f()
                        delete-declaration: f
                    """),
            loaderOnly("patternThatDoesNotLexIsPlacedOnTheFileLineOfABlockScalar", HEADER + """
                    edits:
                      - guide: g
                        replace:
                          from: |
                            f(x)
                            g("abc)
                          to: h(x)
                    """),
            loaderOnly("patternThatDoesNotLexInAQuotedScalarIsPlacedOnItsLine", HEADER + """
                    edits:
                      - guide: g
                        delete: 'x := `raw'
                    """),
            loaderOnly("patternWithoutCode (a comment alone)", HEADER + """
                    edits:
                      - guide: g
                        delete: |
                          // only a comment
                    """),
            schema("patternWithoutCode (an empty replacement)", "/edits/0/replace/to: does not match",
                    HEADER + """
                    edits:
                      - guide: g
                        replace: {from: f(), to: ""}
                    """),
            loaderOnly("codeAnchorWithoutCode", HEADER + """
                    edits:
                      - guide: g
                        insert: {after: {code: "/* x */"}, code: f()}
                    """),
            loaderOnly("replacementUsesAMetavariableThatFromDoesNotBind", HEADER + """
                    edits:
                      - guide: g
                        replace:
                          from: |
                            build($W, $_)
                          to: |
                            buildWithTag(
                                $W, $Y)
                    """),
            loaderOnly("namedWildcardsNeedANameAndABindingInFrom", HEADER + """
                    edits:
                      - guide: h
                        delete: f($...)
                    """),
            loaderOnly("replacementNeedsCodeOfItsOwn", HEADER + """
                    edits:
                      - guide: g
                        replace:
                          from: unwrap($X)
                          to: $X
                    """),
            schema("replacementCannotUseTheAnonymousMetavariable", "/edits/0/replace/to: must not be valid",
                    HEADER + """
                    edits:
                      - guide: g
                        replace: {from: "build($_)", to: "buildWithTag($_)"}
                    """),
            loaderOnly("insertedCodeCannotUseMetavariables", HEADER + """
                    edits:
                      - guide: g
                        insert:
                          before: "deploy($X)"
                          code: |
                            tag := newTag()
                            build($X, tag)
                    """),
            schema("insertNeedsExactlyOnePlace (none)", "/edits/0/insert: must be valid to one and only one schema, but 0 are valid",
                    HEADER + """
                    edits:
                      - guide: g
                        insert: {code: f()}
                    """),
            schema("insertNeedsExactlyOnePlace (two)", "/edits/0/insert: must be valid to one and only one schema, but 2 are valid",
                    HEADER + """
                    edits:
                      - guide: g
                        insert: {before: f(), after: g(), code: h()}
                    """),
            schema("anchorsAndScopesMustSayWhere (empty within)", "/edits/0/within: must have at least 1 properties",
                    HEADER + """
                    edits:
                      - guide: g
                        within: {}
                        delete: f()
                    """),
            schema("anchorsAndScopesMustSayWhere (code and comment)", "/edits/0/delete-section/from: must be valid to one and only one schema, but 2 are valid",
                    HEADER + """
                    edits:
                      - guide: g
                        delete-section:
                          from: {code: f(), comment: PHASE 1}
                          through: "}"
                    """),
            schema("anchorsAndScopesMustSayWhere (a list)", "/edits/0/delete-section/from: array found, object expected",
                    HEADER + """
                    edits:
                      - guide: g
                        delete-section: {from: [f()], through: "}"}
                    """),
            schema("declarationNameMustBeAGoName", "/edits/0/delete-declaration: does not match",
                    HEADER + """
                    edits:
                      - guide: g
                        delete-declaration: "func build()"
                    """),
            loaderOnly("duplicateCheckIds", HEADER + """
                    edits:
                      - {guide: g, delete: f()}
                    checks:
                      - {id: tagged, says: s, present: g()}
                      - {id: tagged, says: s, absent: f()}
                    """),
            schema("thenGoesOnlyWithBefore (then without before)", "/checks/0: has an error with dependencies",
                    HEADER + """
                    edits:
                      - {guide: g, delete: f()}
                    checks:
                      - {id: a, says: s, present: g(), then: h()}
                    """),
            schema("thenGoesOnlyWithBefore (before without then)", "/checks/0: has an error with dependencies",
                    HEADER + """
                    edits:
                      - {guide: g, delete: f()}
                    checks:
                      - {id: b, says: s, before: g()}
                    """),
            schema("emptyCheck", "/checks/0: must be valid to one and only one schema, but 0 are valid",
                    HEADER + """
                    edits:
                      - {guide: g, delete: f()}
                    checks:
                      - {id: a, says: s}
                    """),
            loaderOnly("invalidGlob", """
                    id: gateway/fix
                    title: T
                    guide: G
                    files:
                      - "**/*.go"
                      - "**/[a.go"
                    edits:
                      - {guide: g, delete: f()}
                    """),
            schema("filesAndEditsMustNotBeEmpty", "/edits: must have at least 1 items",
                    """
                    id: gateway/fix
                    title: T
                    guide: G
                    files: []
                    edits: []
                    """),
            schema("badId", "/id: does not match",
                    """
                    id: Gateway Fix
                    title: T
                    guide: G
                    files: "**/*.go"
                    edits:
                      - {guide: g, delete: f()}
                    """),
            schema("createGoesWithoutFilesAndEdits", ": must not be valid to the schema",
                    """
                    id: util/helper
                    title: T
                    guide: G
                    create: {path: pkg/util/helper.go, code: "package util\\n"}
                    files: "**/*.go"
                    """),
            schema("createPathIsOnePlainGoFileBelowRoot", "/create/path: does not match",
                    """
                    id: util/helper
                    title: T
                    guide: G
                    create: {path: "pkg/*.go", code: "package util\\n"}
                    """),
            loaderOnly("createCodeMustParseAsAGoFile", """
                    id: util/helper
                    title: T
                    guide: G
                    create: {path: pkg/util/helper.go, code: "package util\\nfunc ("}
                    """),
            schema("a blank title (YamlValues.text)", "/title: does not match",
                    HEADER.replace("title: T", "title: \" \"") + """
                    edits:
                      - {guide: g, delete: f()}
                    """));
}
