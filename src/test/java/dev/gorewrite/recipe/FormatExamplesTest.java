package dev.gorewrite.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The codemod and lint recipes recipes/FORMAT.md shows are recipes the loader accepts. */
class FormatExamplesTest {
    @Test
    void theCodemodAndLintExamplesLoad() throws Exception {
        String format = Files.readString(Path.of("recipes/FORMAT.md"));
        String section = format.substring(format.indexOf("## Codemods and lints"));

        List<Recipe> recipes = new ArrayList<>();
        for (String block : yamlBlocks(section)) {
            recipes.add(RecipeLoader.load("FORMAT.md", block));
        }

        assertThat(recipes).extracting(Recipe::id).containsExactly("mine/clock", "mine/no-sleep");
        assertThat(recipes.get(0).files()).contains("!**/*_test.go");
        assertThat(recipes.get(1).edits()).isEmpty();
    }

    @Test
    void theNewFileExampleLoads() throws Exception {
        String format = Files.readString(Path.of("recipes/FORMAT.md"));
        String section = format.substring(format.indexOf("## New files"), format.indexOf("## Imports"));

        Recipe recipe = RecipeLoader.load("FORMAT.md", yamlBlocks(section).get(0));

        assertThat(recipe.create()).hasValueSatisfying(c -> assertThat(c.path()).isEqualTo("pkg/util/tag.go"));
        assertThat(recipe.files()).containsExactly("pkg/util/tag.go");
        assertThat(recipe.checks()).hasSize(1);
    }

    /** The text of each ```yaml fenced block, in order. */
    private static List<String> yamlBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        String fence = "```yaml\n";
        for (int at = markdown.indexOf(fence); at >= 0; at = markdown.indexOf(fence, at + 1)) {
            int start = at + fence.length();
            blocks.add(markdown.substring(start, markdown.indexOf("```", start)));
        }
        return blocks;
    }
}
