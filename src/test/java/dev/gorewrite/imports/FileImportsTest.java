package dev.gorewrite.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.golang.GoFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Import declarations read from tokens alone, as the imports step reads an edited text before it is parsed. */
class FileImportsTest {
    private static final String FILE = "package p // the package\n\nimport \"os\"\n\nimport (\n\t// the doc\n"
            + "\tf \"fmt\"; . `strings`\n\n\t_ \"embed\"\n)\nimport ()\n\nvar _ = os.Args\n";

    @Test
    void everySpecWithItsNameAndPlaceAsWritten() {
        FileImports imports = FileImports.of(lex(FILE));

        assertThat(imports.specs()).extracting(ImportSpec::name, ImportSpec::path)
                .containsExactly(tuple("", "os"), tuple("f", "fmt"), tuple(".", "strings"), tuple("_", "embed"));
        ImportSpec named = imports.specs().get(1);
        assertThat(FILE.substring(named.start(), named.end())).isEqualTo("f \"fmt\"");
        assertThat(imports.decls()).extracting(FileImports.Decl::parenthesised).containsExactly(false, true, true);
        assertThat(FILE.substring(imports.sectionStart(), imports.sectionEnd())).startsWith("import \"os\"")
                .endsWith("import ()");
        assertThat(FILE.substring(imports.decls().get(1).open())).startsWith("\n\t// the doc");
    }

    @Test
    void aLexedTextGivesWhatItsParseGives() {
        FileImports lexed = FileImports.of(lex(FILE));
        FileImports parsed = FileImports.of(GoFile.parse("p.go", FILE.getBytes(StandardCharsets.UTF_8)));

        assertThat(lexed.decls()).isEqualTo(parsed.decls());
        assertThat(lexed.sectionEnd()).isEqualTo(parsed.sectionEnd());
    }

    @Test
    void withoutImportsTheSectionIsWhereThePackageClauseEnds() {
        FileImports imports = FileImports.of(lex("package main\n\nfunc main() {}\n"));

        assertThat(imports.decls()).isEmpty();
        assertThat(imports.sectionEnd()).isEqualTo("package main".length());
    }

    @Test
    void aTextThatIsNotGoAfterSomeDeclarationsGivesTheWholeOnesBeforeIt() {
        FileImports imports = FileImports.of(lex("package p\n\nimport \"os\"\nimport (\n\t\"fmt\"\n\tx y \"z\"\n)\n"));

        assertThat(imports.specs()).extracting(ImportSpec::path).containsExactly("os");
        assertThat(FileImports.of(lex("import \"os\"\n")).decls()).isEmpty();
    }

    @Test
    void aTextLexedOnlyThroughTheLineWhereItsSectionEndsGivesTheWholeTextsImports() {
        String text = "package p\n\nimport (\n\t\"fmt\"\n) ; var s = `a\n)\nimport \"os\"\n`\n";
        FileImports whole = FileImports.of(lex(text));
        FileImports head = FileImports.of("p.go", text, whole.sectionEnd());

        assertThat(head.decls()).isEqualTo(whole.decls());
        assertThat(head.specs()).extracting(ImportSpec::path).containsExactly("fmt");
        assertThat(head.text()).isEqualTo(text);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static GoFile lex(String text) {
        return GoFile.lex("p.go", text.getBytes(StandardCharsets.UTF_8));
    }
}
