package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.recipe.RecipeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tree run keeps the text of the files it changes, not of the files it only read. */
class OutcomeMemoryTest {
    @Test
    void anUnchangedFileKeepsItsStatusesButNoText(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("a.go"), "package p\n\nvar _ = old(1)\n");
        Files.writeString(root.resolve("b.go"), "package p\n\n// old( is only named here\nvar _ = oldish(2)\n");
        var recipe = RecipeLoader.load("r.yaml", """
                id: test/old
                title: old becomes renewed
                guide: test guide
                files: ["**/*.go"]
                edits:
                  - guide: rename
                    matches: all
                    replace: {from: "old($X)", to: "renewed($X)"}
                """);

        List<FileOutcome> outcomes = Migration.run(root, List.of(recipe), false);

        assertThat(outcomes).extracting(FileOutcome::path).containsExactly("a.go", "b.go");
        assertThat(new String(outcomes.get(0).after())).isEqualTo("package p\n\nvar _ = renewed(1)\n");
        FileOutcome unchanged = outcomes.get(1);
        assertThat(unchanged.status()).isEqualTo(FileOutcome.Status.UNCHANGED);
        assertThat(unchanged.edits()).extracting(e -> e.status()).containsExactly(EditStatus.NOT_APPLICABLE);
        assertThat(unchanged.before()).isEmpty();
        assertThat(unchanged.after()).isEmpty();
    }
}
