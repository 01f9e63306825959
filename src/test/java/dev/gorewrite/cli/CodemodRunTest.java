package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A codemod as a team runs it: its own recipes alone, every match counted in the table and placed in the JSON. */
class CodemodRunTest {
    private static final String RECIPE = """
            id: team/sort
            title: sort.Strings becomes slices.Sort
            guide: Go 1.21 slices
            files: ["**/*.go", "!**/*_gen.go"]
            imports: {slices: slices}
            edits:
              - guide: Strings
                matches: all
                replace: {from: sort.Strings($S), to: slices.Sort($S)}
            """;

    @Test
    void everyMatchIsCountedInTheTableAndPlacedInTheJson(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("sort.yaml"), RECIPE);
        Path src = Files.createDirectories(root.resolve("src"));
        Files.writeString(src.resolve("names.go"), "package p\n\nfunc f(a, b []string) {\n\tsort.Strings(a)\n"
                + "\tif len(b) > 0 {\n\t\tsort.Strings(b)\n\t}\n}\n");
        Files.writeString(src.resolve("names_gen.go"), "package p\n\nfunc g(a []string) {\n\tsort.Strings(a)\n}\n");

        CliRunner table = CliRunner.run("run", "--recipes", root.resolve("sort.yaml").toString(), src.toString());
        CliRunner json = CliRunner.run("run", "--json", "--recipes", root.resolve("sort.yaml").toString(), src.toString());

        assertThat(table.exit()).as(table.toString()).isZero();
        assertThat(table.stderr()).contains("names.go:4  Strings  applied  (2 matches; imports: +slices)").doesNotContain("names_gen.go");
        JsonNode edit = new ObjectMapper().readTree(json.stdout()).get("files").get(0).get("edits").get(0);
        assertThat(edit.get("matches").toString()).isEqualTo("[{\"line\":4,\"column\":2},{\"line\":6,\"column\":3}]");
    }
}
