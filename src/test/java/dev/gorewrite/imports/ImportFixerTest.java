package dev.gorewrite.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeImports;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where an import goes and what a removal takes along, on files as a recipe's edits left them
 * (`before` is the file as the recipe found it): the placements the golden cases do not show.
 */
class ImportFixerTest {
    private static final Recipe RECIPE = new Recipe("test/r", "t", "g", "r.yaml", List.of("**/*.go"), List.of(),
            List.of(), new RecipeImports(Map.of("yaml", "gopkg.in/yaml.v3"), List.of(), List.of()));

    @Test
    void aStandardPackageGetsAGroupOfItsOwnBeforeABlockOfOtherModules() {
        String fixed = fixed("package p\n\nimport (\n\t// config\n\t\"example.com/config\"\n\t\"example.com/log\"\n)\n\n"
                + "var _ = config.A\nvar _ = log.B\n", "var _ = os.Args\n");

        assertThat(fixed).startsWith("package p\n\nimport (\n\t\"os\"\n\n\t// config\n\t\"example.com/config\"\n");
    }

    @Test
    void anotherModuleGetsAGroupOfItsOwnAfterAStandardBlock() {
        String fixed = fixed("package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nvar _ = fmt.A\nvar _ = os.Args\n",
                "var _ = yaml.Marshal\n");

        assertThat(fixed).startsWith("package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n\t\"gopkg.in/yaml.v3\"\n)\n");
    }

    @Test
    void aSingleImportOfAnotherModuleBecomesABlockWithTheStandardGroupFirst() {
        String fixed = fixed("package p\n\nimport \"gopkg.in/yaml.v3\"\n\nvar _ = yaml.A\n", "var _ = os.Args\n");

        assertThat(fixed).startsWith("package p\n\nimport (\n\t\"os\"\n\n\t\"gopkg.in/yaml.v3\"\n)\n\nvar _ = yaml.A\n");
    }

    @Test
    void aNamedImportOfAPathGoesBeforeItsDotImportAsGofmtSortsThem() {
        String inBlock = fixed("package p_test\n\nimport (\n\t. \"fmt\"\n\t\"testing\"\n)\n\nvar _ = Println\n"
                + "var _ testing.T\n", "var _ = fmt.Errorf\n");
        String alone = fixed("package p_test\n\nimport . \"fmt\"\n\nvar _ = Println\n", "var _ = fmt.Errorf\n");

        assertThat(inBlock).startsWith("package p_test\n\nimport (\n\t\"fmt\"\n\t. \"fmt\"\n\t\"testing\"\n)\n");
        assertThat(alone).startsWith("package p_test\n\nimport (\n\t\"fmt\"\n\t. \"fmt\"\n)\n");
    }

    @Test
    void theLastSpecOfAGroupTakesTheBlankLineBeforeItAlong() {
        String before = "package p\n\nimport (\n\t\"fmt\"\n\n\t\"gopkg.in/yaml.v3\" // the parser\n)\n\n"
                + "var _ = fmt.A\nvar _ = yaml.B\n";
        String after = before.replace("var _ = yaml.B\n", "");

        assertThat(fix(before, after)).isEqualTo("package p\n\nimport (\n\t\"fmt\"\n)\n\nvar _ = fmt.A\n");
    }

    @Test
    void aNameThatAlsoStandsAloneIsNoPackageAndANameUsedBeforeIsNotNew() {
        String before = "package p\n\nfunc f(rand int) { cfg.X() }\n";

        assertThat(fix(before, before.replace("cfg.X()", "cfg.Y(); rand.Intn(rand)"))).doesNotContain("import");
    }

    @Test
    void theEditedTextIsReadFromItsTokensAloneAsFromItsParse() {
        String before = "package p\n\nimport (\n\t\"fmt\"\n\t\"io/ioutil\"\n)\n\nvar _ = fmt.A\nvar _ = ioutil.ReadFile\n";
        String after = before.replace("ioutil.ReadFile", "os.ReadFile");
        ImportFix lexed = ImportFixer.follow(parse(before), GoFile.lex("p.go", after.getBytes(StandardCharsets.UTF_8)), RECIPE);

        assertThat(lexed).isEqualTo(ImportFixer.follow(parse(before), parse(after), RECIPE));
        assertThat(((ImportFix.Fixed) lexed).text()).startsWith("package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n");
        assertThat(((ImportFix.Fixed) lexed).note()).isEqualTo("imports: +os -io/ioutil");
    }

    /** The file with {@code code} appended by "the recipe", its imports then fixed. */
    private static String fixed(String before, String code) {
        return fix(before, before + code);
    }

    private static String fix(String before, String after) {
        ImportFix fix = ImportFixer.follow(parse(before), parse(after), RECIPE);
        assertThat(fix).isInstanceOf(ImportFix.Fixed.class);
        return ((ImportFix.Fixed) fix).text();
    }

    private static GoFile parse(String text) {
        GoFile file = GoFile.parse("p.go", text.getBytes(StandardCharsets.UTF_8));
        assertThat(file.errors()).isEmpty();
        return file;
    }
}
