package dev.gorewrite.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Migration;
import dev.gorewrite.golang.Utf8;
import dev.gorewrite.recipe.RecipeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ioutil codemod over the Go 1.19 standard library: every changed file that gofmt found
 * clean before is clean after ({@code gofmt -l} would list none of them). ReadAll moves to
 * package io, whose shorter name shifts the alignment of keyed values and comments around it.
 */
class StdlibFormattingIT {
    private static final String RECIPE = """
            id: test/ioutil
            title: io/ioutil calls become os and io calls
            guide: Go 1.16 deprecation of io/ioutil
            files: ["**/*.go"]
            edits:
              - guide: ReadFile
                matches: all
                replace: {from: ioutil.ReadFile($...A), to: os.ReadFile($...A)}
              - guide: WriteFile
                matches: all
                replace: {from: ioutil.WriteFile($...A), to: os.WriteFile($...A)}
              - guide: ReadAll
                matches: all
                replace: {from: ioutil.ReadAll($...A), to: io.ReadAll($...A)}
            """;

    @Test
    void noChangedFileIsListedByGofmt() throws Exception {
        Path src = Path.of("/usr/share/go-1.19/src");
        assumeTrue(Files.isDirectory(src.resolve("io/ioutil")), "the Go 1.19 standard library is not installed");
        assumeTrue(Gofmt.onPath().isPresent(), "gofmt is not on PATH");
        Gofmt gofmt = Gofmt.onPath().get();

        List<FileOutcome> changed = Migration.run(src, List.of(RecipeLoader.load("ioutil.yaml", RECIPE)), false)
                .stream().filter(o -> o.status() == FileOutcome.Status.CHANGED).toList();

        assertThat(changed).hasSizeGreaterThan(50);
        for (FileOutcome o : changed) {
            assertThat(gofmt.format(Utf8.decode(o.before()))).as("clean before: " + o.path()).hasValue(Utf8.decode(o.before()));
            assertThat(gofmt.format(Utf8.decode(o.after()))).as("clean after: " + o.path()).hasValue(Utf8.decode(o.after()));
        }
    }
}
