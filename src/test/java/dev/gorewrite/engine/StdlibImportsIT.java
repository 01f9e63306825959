package dev.gorewrite.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gorewrite.TestTools;
import dev.gorewrite.recipe.RecipeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ioutil → os/io codemod of StdlibCodemodIT over the Go standard library leaves no import
 * unused and none missing in any file it changes. Checked apart from the import code: the imports
 * and the `name.` selectors are read from the lexer's tokens here (an import's name is the one
 * written, or its path's last element, which holds throughout the standard library), and gofmt
 * (when on PATH) must find every changed file that was gofmt-clean still clean. A build of the
 * changed packages would also need their tests' dependencies and cmd's module; this check needs no
 * Go toolchain and covers every changed file, tests included.
 */
class StdlibImportsIT {
    @TempDir
    Path tmp;

    @Test
    void noImportIsLeftUnusedOrMissing() throws Exception {
        Path src = TestTools.goCorpus().orElse(null);
        assumeTrue(src != null, "the Go standard library corpus is not installed");
        List<FileOutcome> changed = Migration.run(src, List.of(RecipeLoader.load("ioutil.yaml", StdlibCodemodIT.RECIPE)),
                false).stream().filter(o -> o.status() == FileOutcome.Status.CHANGED).toList();

        int added = 0;
        int removed = 0;
        for (FileOutcome o : changed) {
            List<String> before = StdlibCodemodIT.codeTokens(o.before());
            List<String> after = StdlibCodemodIT.codeTokens(o.after());
            Map<String, String> was = imports(before);
            Map<String, String> now = imports(after);
            Set<String> used = selectorHeads(after);
            for (Map.Entry<String, String> i : now.entrySet()) {
                assertThat(used.contains(i.getKey()) || !selectorHeads(before).contains(i.getKey()))
                        .as(o.path() + ": \"" + i.getValue() + "\" was used before and is left unused").isTrue();
            }
            Set<String> needed = new HashSet<>(was.keySet());
            needed.addAll(List.of("os", "io"));
            needed.retainAll(used);
            assertThat(now.keySet()).as(o.path() + ": imports for the names it uses").containsAll(needed);
            added += (int) now.keySet().stream().filter(n -> !was.containsKey(n)).count();
            removed += (int) was.keySet().stream().filter(n -> !now.containsKey(n)).count();
        }
        assertThat(changed).hasSizeGreaterThan(40);
        assertThat(removed).as("ioutil imports removed").isGreaterThan(20);
        assertThat(added).as("os and io imports added").isGreaterThan(10);
        gofmtCleanStaysClean(changed);
        System.out.println("imports over " + changed.size() + " changed files: " + added + " added, " + removed + " removed");
    }

    /** Every changed file gofmt found clean before is clean after (skipped without gofmt). */
    private void gofmtCleanStaysClean(List<FileOutcome> changed) throws IOException, InterruptedException {
        List<String> uncleanBefore = gofmtList(changed, true);
        assumeTrue(uncleanBefore != null, "gofmt is not on PATH");
        List<String> uncleanAfter = gofmtList(changed, false);
        assertThat(uncleanBefore).as("most of the standard library is gofmt-clean").hasSizeLessThan(changed.size() / 10);
        assertThat(uncleanAfter).as("files gofmt -l lists after the codemod").isSubsetOf(uncleanBefore);
    }

    /** The names (file numbers) of the outcomes gofmt -l lists, before or after; null without gofmt. */
    private List<String> gofmtList(List<FileOutcome> outcomes, boolean before) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(tmp.resolve(before ? "before" : "after"));
        for (int i = 0; i < outcomes.size(); i++) {
            Files.write(dir.resolve(i + ".go"), before ? outcomes.get(i).before() : outcomes.get(i).after());
        }
        try {
            Process p = new ProcessBuilder("gofmt", "-l", dir.toString()).redirectErrorStream(true).start();
            List<String> listed = new ArrayList<>();
            for (String line : new String(p.getInputStream().readAllBytes()).split("\n")) {
                if (!line.isBlank()) {
                    listed.add(Path.of(line).getFileName().toString());
                }
            }
            assertThat(p.waitFor()).as("gofmt -l " + listed).isZero();
            return listed;
        } catch (IOException noGofmt) {
            return null;
        }
    }

    /** Name → path of every import that has a usable name (not `_`, `.`, "C"), read from code tokens. */
    private static Map<String, String> imports(List<String> tokens) {
        Map<String, String> out = new HashMap<>();
        int i = tokens.indexOf("import");
        while (i >= 0 && i < tokens.size() && tokens.get(i).equals("import")) {
            boolean block = tokens.get(i + 1).equals("(");
            int j = block ? i + 2 : i + 1;
            do {
                String name = tokens.get(j).startsWith("\"") ? null : tokens.get(j++);
                String path = tokens.get(j++);
                path = path.substring(1, path.length() - 1);
                if (!"_".equals(name) && !".".equals(name) && !path.equals("C")) {
                    out.put(name != null ? name : path.substring(path.lastIndexOf('/') + 1), path);
                }
            } while (block && !tokens.get(j).equals(")"));
            i = block ? j + 1 : j;
        }
        return out;
    }

    /** Names that start a selector (`os` of `os.ReadFile`, not of `x.os.Y`). */
    private static Set<String> selectorHeads(List<String> tokens) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i + 1).equals(".") && (i == 0 || !tokens.get(i - 1).equals("."))
                    && Character.isJavaIdentifierStart(tokens.get(i).charAt(0))) {
                out.add(tokens.get(i));
            }
        }
        return out;
    }
}
