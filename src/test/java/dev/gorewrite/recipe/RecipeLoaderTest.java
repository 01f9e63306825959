package dev.gorewrite.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.pattern.Pattern;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A recipe that uses every edit kind, anchor form and check kind loads into the expected model. */
class RecipeLoaderTest {
    private static final String EVERY_KIND = """
            id: example/every-kind
            title: "Example: every kind"
            guide: "Fix Guide, 1. Example"
            files: "**/*_e2e.go"
            edits:
              - guide: "Example, change 1"
                replace:
                  from: |
                    buildImage($NAME, ...)
                  to: |
                    buildImageWithTag($NAME, tag)
              - guide: "Example, change 2"
                optional: true
                within: {from: {comment: "PHASE 1"}, to: "deployAll()"}
                insert:
                  after: {code: "tag := newTag()"}
                  code: |
                    log.Printf("tag %s", tag)
                  separate: false
              - guide: "Example, change 3"
                within:
                  to: {comment: "PHASE 2"}
                insert:
                  before: {comment: "Deploy"}
                  code: |
                    setUp()
              - guide: "Example, change 4"
                delete: |
                  // the old helper
                  oldHelper(...)
              - guide: "Example, change 5"
                delete-section:
                  from: {comment: "Legacy build"}
                  through: |
                    finish()
              - guide: "Example, change 6"
                delete-declaration: buildDataStorageImage
            checks:
              - id: uses-tag
                says: "builds with the tag"
                present: buildImageWithTag($X, tag)
              - id: no-legacy
                says: "the legacy helper is gone"
                absent: {code: "oldHelper(...)"}
              - id: one-phase-0
                says: "one Phase 0"
                exactly-once: {comment: "PHASE 0"}
              - id: tag-before-build
                says: "the tag is made before the build"
                before: "tag := newTag()"
                then: {code: "buildImageWithTag(...)"}
            """;

    @Test
    void loadsTheHeader() throws Exception {
        Recipe recipe = RecipeLoader.load("recipes/example.yaml", EVERY_KIND);

        assertThat(recipe.id()).isEqualTo("example/every-kind");
        assertThat(recipe.title()).isEqualTo("Example: every kind");
        assertThat(recipe.guide()).isEqualTo("Fix Guide, 1. Example");
        assertThat(recipe.source()).isEqualTo("recipes/example.yaml");
        assertThat(recipe.files()).containsExactly("**/*_e2e.go");
        assertThat(recipe.edits()).hasSize(6);
        assertThat(recipe.checks()).hasSize(4);
    }

    @Test
    void loadsReplace() throws Exception {
        EditStep edit = RecipeLoader.load("r.yaml", EVERY_KIND).edits().get(0);

        assertThat(edit.guide()).isEqualTo("Example, change 1");
        assertThat(edit.optional()).isFalse();
        assertThat(edit.within()).isEqualTo(Scope.WHOLE_FILE);
        EditKind.Replace replace = (EditKind.Replace) edit.kind();
        assertThat(replace.from().source()).isEqualTo("buildImage($NAME, ...)\n");
        assertThat(replace.from().metavariables()).containsExactly("$NAME");
        assertThat(replace.to().source()).isEqualTo("buildImageWithTag($NAME, tag)\n");
    }

    @Test
    void loadsInsertAfterCodeWithinCommentAndCode() throws Exception {
        EditStep edit = RecipeLoader.load("r.yaml", EVERY_KIND).edits().get(1);

        assertThat(edit.optional()).isTrue();
        assertThat(edit.within().from()).contains(new Anchor.Comment("PHASE 1"));
        assertThat(codeOf(edit.within().to())).isEqualTo("deployAll()");
        EditKind.Insert insert = (EditKind.Insert) edit.kind();
        assertThat(insert.placement()).isEqualTo(EditKind.Insert.Placement.AFTER);
        assertThat(codeOf(Optional.of(insert.anchor()))).isEqualTo("tag := newTag()");
        assertThat(insert.code().source()).isEqualTo("log.Printf(\"tag %s\", tag)\n");
        assertThat(insert.separate()).isFalse();
    }

    @Test
    void loadsInsertBeforeCommentWithDefaults() throws Exception {
        EditStep edit = RecipeLoader.load("r.yaml", EVERY_KIND).edits().get(2);

        assertThat(edit.within().from()).isEmpty();
        assertThat(edit.within().to()).contains(new Anchor.Comment("PHASE 2"));
        EditKind.Insert insert = (EditKind.Insert) edit.kind();
        assertThat(insert.placement()).isEqualTo(EditKind.Insert.Placement.BEFORE);
        assertThat(insert.anchor()).isEqualTo(new Anchor.Comment("Deploy"));
        assertThat(insert.code().source()).isEqualTo("setUp()\n");
        assertThat(insert.separate()).isTrue();
    }

    @Test
    void loadsTheDeletions() throws Exception {
        List<EditStep> edits = RecipeLoader.load("r.yaml", EVERY_KIND).edits();

        EditKind.Delete delete = (EditKind.Delete) edits.get(3).kind();
        assertThat(delete.code().headComments()).containsExactly("// the old helper");
        assertThat(delete.code().toString()).isEqualTo("// the old helper\noldHelper(...)");
        EditKind.DeleteSection section = (EditKind.DeleteSection) edits.get(4).kind();
        assertThat(section.from()).isEqualTo(new Anchor.Comment("Legacy build"));
        assertThat(section.through().source()).isEqualTo("finish()\n");
        assertThat(edits.get(5).kind()).isEqualTo(new EditKind.DeleteDeclaration("buildDataStorageImage"));
    }

    @Test
    void loadsEveryCheckKind() throws Exception {
        List<Check> checks = RecipeLoader.load("r.yaml", EVERY_KIND).checks();

        assertThat(checks).extracting(Check::id)
                .containsExactly("uses-tag", "no-legacy", "one-phase-0", "tag-before-build");
        assertThat(checks).extracting(Check::kind).containsExactly(
                Check.Kind.PRESENT, Check.Kind.ABSENT, Check.Kind.EXACTLY_ONCE, Check.Kind.BEFORE);
        assertThat(checks.get(0).says()).isEqualTo("builds with the tag");
        assertThat(codeOf(Optional.of(checks.get(0).target()))).isEqualTo("buildImageWithTag($X, tag)");
        assertThat(codeOf(Optional.of(checks.get(1).target()))).isEqualTo("oldHelper(...)");
        assertThat(checks.get(2).target()).isEqualTo(new Anchor.Comment("PHASE 0"));
        assertThat(checks.get(2).then()).isEmpty();
        assertThat(codeOf(Optional.of(checks.get(3).target()))).isEqualTo("tag := newTag()");
        assertThat(codeOf(checks.get(3).then())).isEqualTo("buildImageWithTag(...)");
    }

    @Test
    void filesMayBeAListAndChecksMayBeLeftOut() throws Exception {
        Recipe recipe = RecipeLoader.load("r.yaml", """
                id: a/b-2
                title: T
                guide: G
                files: ["**/gateway_e2e_hybrid.go", "test/e2e/*.go"]
                edits:
                  - guide: g
                    delete: f()
                """);

        assertThat(recipe.files()).containsExactly("**/gateway_e2e_hybrid.go", "test/e2e/*.go");
        assertThat(recipe.checks()).isEmpty();
        assertThat(((EditKind.Delete) recipe.edits().get(0).kind()).code().source()).isEqualTo("f()");
    }

    @Test
    void aLintRecipeHasChecksAndNoEdits() throws Exception {
        String lint = """
                id: lint/no-sleep
                title: T
                guide: G
                files: ["**/*.go", "!**/*_test.go"]
                checks:
                  - {id: no-sleep, says: "no time.Sleep", absent: time.Sleep(...)}
                """;

        for (String text : new String[] {lint, lint + "edits: []\n"}) {
            Recipe recipe = RecipeLoader.load("r.yaml", text);
            assertThat(recipe.edits()).isEmpty();
            assertThat(recipe.checks()).extracting(Check::id).containsExactly("no-sleep");
            assertThat(recipe.files()).containsExactly("**/*.go", "!**/*_test.go");
        }
    }

    private static String codeOf(Optional<Anchor> anchor) {
        assertThat(anchor).containsInstanceOf(Anchor.Code.class);
        Pattern pattern = ((Anchor.Code) anchor.orElseThrow()).pattern();
        return pattern.toString();
    }
}
