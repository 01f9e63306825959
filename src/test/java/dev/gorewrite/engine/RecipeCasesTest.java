package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gorewrite.format.Gofmt;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every golden case under src/test/resources/cases (see the README there). */
class RecipeCasesTest {
    private static final Path CASES = Path.of("src/test/resources/cases");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseHolds(String name) throws Exception {
        Path dir = CASES.resolve(name);
        assumeTrue(!Files.exists(dir.resolve("needs-gofmt")) || Gofmt.onPath().isPresent(),
                "gofmt is not on PATH: this case's out.go is gofmt's layout");
        Recipe recipe = RecipeLoader.load("recipe.yaml", Files.readString(dir.resolve("recipe.yaml")));
        Optional<byte[]> in = Files.exists(dir.resolve("in.go")) ? Optional.of(Files.readAllBytes(dir.resolve("in.go")))
                : Optional.empty();
        List<String> statuses = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("expect.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("problem: ")) {
                problems.add(line.substring("problem: ".length()));
            } else if (!line.isBlank()) {
                statuses.add(line.strip());
            }
        }

        FileOutcome outcome = run(recipe, "in.go", in);

        assertThat(outcome.edits()).extracting(e -> e.status().label()).as("edit statuses").containsExactlyElementsOf(statuses);
        for (String expected : problems) {
            assertThat(outcome.problems()).as("problems").anySatisfy(p -> assertThat(p.toString()).contains(expected));
        }
        Path outFile = dir.resolve("out.go");
        if (!Files.exists(outFile)) {
            assertThat(outcome.status()).as("status; problems " + outcome.problems()).isEqualTo(FileOutcome.Status.FAILED);
            assertThat(outcome.after()).as("a failed file stays byte-identical").isEqualTo(in.orElse(new byte[0]));
            return;
        }
        byte[] expected = Files.readAllBytes(outFile);
        assertThat(outcome.problems()).as("problems").isEmpty();
        assertThat(new String(outcome.after(), StandardCharsets.ISO_8859_1))
                .as("result bytes").isEqualTo(new String(expected, StandardCharsets.ISO_8859_1));

        FileOutcome again = run(recipe, "out.go", Optional.of(expected));
        assertThat(again.status()).as("second run; problems " + again.problems()).isEqualTo(FileOutcome.Status.UNCHANGED);
        assertThat(again.edits()).extracting(e -> e.status()).as("second run statuses")
                .allMatch(s -> s == EditStatus.ALREADY_APPLIED || s == EditStatus.NOT_APPLICABLE || s == EditStatus.ABSENT);
    }

    /** The recipe on the file {@code in} (empty: there is none, for a recipe that creates it). */
    private static FileOutcome run(Recipe recipe, String path, Optional<byte[]> in) {
        if (recipe.create().isPresent()) {
            return FileCreator.create(recipe, in);
        }
        return Rewriter.rewrite(path, in.orElseThrow(() -> new AssertionError("no in.go")), List.of(recipe));
    }
}
