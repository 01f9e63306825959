package dev.gorewrite.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gorewrite.TestTools;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.StdlibCodemodIT;
import dev.gorewrite.engine.Migration;
import dev.gorewrite.golang.Utf8;
import dev.gorewrite.recipe.RecipeLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ioutil codemod over the Go 1.19 standard library: every changed file that gofmt found
 * clean before is clean after ({@code gofmt -l} would list none of them). ReadAll moves to
 * package io, whose shorter name shifts the alignment of keyed values and comments around it.
 */
class StdlibFormattingIT {
    @Test
    void noChangedFileIsListedByGofmt() throws Exception {
        Path src = TestTools.goCorpus().orElse(null);
        assumeTrue(src != null, "the Go standard library is not installed");
        Gofmt gofmt = TestTools.gofmt();

        List<FileOutcome> changed = Migration.run(src, List.of(RecipeLoader.load("ioutil.yaml", StdlibCodemodIT.RECIPE)), false)
                .stream().filter(o -> o.status() == FileOutcome.Status.CHANGED).toList();

        assertThat(changed).hasSizeGreaterThan(50);
        for (FileOutcome o : changed) {
            assertThat(gofmt.format(Utf8.decode(o.before()))).as("clean before: " + o.path()).hasValue(Utf8.decode(o.before()));
            assertThat(gofmt.format(Utf8.decode(o.after()))).as("clean after: " + o.path()).hasValue(Utf8.decode(o.after()));
        }
    }
}
