package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.recipe.RecipeLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file large enough to let go of ANTLR's tree once its pattern tree is built is still matched,
 * rewritten and given its imports as a small one is (the imports step parses it again).
 */
class ReleasedTreeRewriteTest {
    private static String largeFile() {
        StringBuilder out = new StringBuilder("package p\n\nimport (\n\t\"fmt\"\n\t\"io/ioutil\"\n)\n\n");
        for (int i = 0; out.length() < 100_000; i++) {
            out.append("func f").append(i).append("() {\n\tfmt.Println(").append(i).append(")\n}\n\n");
        }
        return out.append("func read() ([]byte, error) {\n\treturn ioutil.ReadFile(\"x\")\n}\n").toString();
    }

    @Test
    void aLargeFileIsRewrittenWithItsImports() throws Exception {
        var recipe = RecipeLoader.load("r.yaml", """
                id: test/read-file
                title: ioutil.ReadFile becomes os.ReadFile
                guide: test guide
                files: ["**/*.go"]
                imports: {os: os}
                edits:
                  - guide: read
                    replace: {from: "ioutil.ReadFile($F)", to: "os.ReadFile($F)"}
                """);
        String before = largeFile();

        FileOutcome outcome = Rewriter.rewrite("big.go", before.getBytes(StandardCharsets.UTF_8), List.of(recipe));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.status()).isEqualTo(FileOutcome.Status.CHANGED);
        String after = new String(outcome.after(), StandardCharsets.UTF_8);
        assertThat(after).startsWith("package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\n")
                .endsWith("\treturn os.ReadFile(\"x\")\n}\n");
        assertThat(GoFile.parse("big.go", outcome.after()).ok()).isTrue();
    }
}
