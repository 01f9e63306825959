package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gorewrite.recipe.RecipeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build gate on a module of its own (standard library only): go build and go vet judge the rewrite. */
class BuildGateTest {
    @TempDir
    Path dir;

    private Path module;
    private BuildGate gate;

    @BeforeEach
    void module() throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("GOPATH", Files.createDirectories(dir.resolve("gopath")).toString());
        env.put("GOCACHE", Files.createDirectories(dir.resolve("gocache")).toString());
        env.put("GOPROXY", "off");
        env.put("GOFLAGS", "-mod=mod");
        var found = BuildGate.onPath(env);
        assumeTrue(found.isPresent(), "no go on PATH");
        gate = found.get();
        module = Files.createDirectories(dir.resolve("m"));
        Files.writeString(module.resolve("go.mod"), "module example.com/m\n\ngo 1.19\n");
        Files.createDirectories(module.resolve("util"));
        Files.writeString(module.resolve("util/util.go"), "package util\n\nimport \"strings\"\n\n"
                + "// Shout upper-cases s.\nfunc Shout(s string) string {\n\treturn strings.ToUpper(s)\n}\n");
        Files.createDirectories(module.resolve("cmd"));
        Files.writeString(module.resolve("cmd/main.go"), "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/m/util\"\n)\n\n"
                + "func main() {\n\tfmt.Println(util.Shout(\"hi\"))\n}\n");
    }

    private BuildGate.Result run(String from, String to) throws Exception {
        String recipe = "id: t/r\ntitle: t\nguide: g\nfiles: [\"**/*.go\"]\nedits:\n  - guide: \"" + from + "\"\n"
                + "    matches: all\n    replace: {from: '" + from + "', to: '" + to + "'}\n";
        List<FileOutcome> outcomes = Migration.run(module, List.of(RecipeLoader.load("r.yaml", recipe)), false);
        assertThat(outcomes).anyMatch(o -> o.status() == FileOutcome.Status.CHANGED);
        return gate.check(module, outcomes);
    }

    @Test
    void aRewriteThatBreaksTheBuildFailsItsFileWithTheCompilersMessage() throws Exception {
        BuildGate.Result result = run("util.Shout($X)", "util.Yell($X)");

        FileOutcome main = result.outcomes().stream().filter(o -> o.path().equals("cmd/main.go")).findFirst().orElseThrow();
        assertThat(main.status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(main.after()).isEqualTo(main.before());
        assertThat(main.problems()).extracting(Problem::toString).contains("cmd/main.go:10:19: undefined: util.Yell");
        assertThat(main.edits()).noneMatch(e -> e.status() == EditStatus.APPLIED);
        assertThat(Files.readString(module.resolve("cmd/main.go"))).contains("util.Shout(");
        assertThat(module.resolve("cmd/cmd")).doesNotExist();
    }

    @Test
    void aRewriteThatKeepsItBuildingPasses() throws Exception {
        BuildGate.Result result = run("strings.ToUpper($X)", "strings.ToTitle($X)");

        assertThat(result.outcomes()).extracting(FileOutcome::status).containsOnly(FileOutcome.Status.CHANGED);
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void aVetFindingTheRewriteBringsFailsItsFile() throws Exception {
        BuildGate.Result result = run("fmt.Println($X)", "fmt.Printf(\"%d\\n\", $X)");

        FileOutcome main = result.outcomes().get(0);
        assertThat(main.status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(main.problems()).extracting(Problem::toString).anyMatch(p -> p.startsWith("cmd/main.go:10:") && p.contains("%d"));
    }

    @Test
    void aPackageThatDidNotBuildBeforeIsNamedNotBlamed() throws Exception {
        Files.writeString(module.resolve("util/broken.go"), "package util\n\nvar x int = \"not an int\"\n");

        BuildGate.Result result = run("strings.ToUpper($X)", "strings.ToTitle($X)");

        assertThat(result.outcomes()).extracting(FileOutcome::status).containsOnly(FileOutcome.Status.CHANGED);
        assertThat(result.notes()).singleElement().asString()
                .startsWith("util: did not build before the rewrite either").contains("broken.go:3");
    }
}
