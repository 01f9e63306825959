package dev.gorewrite.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The opt-in build gate: the packages of the changed files are built and vetted with the new
 * content ({@code go build -overlay}, so the checkout is never written), and a package that built
 * before but not after fails its changed files with the compiler's messages. A package that did not
 * build before is named in a note and not blamed on the recipe.
 */
public final class BuildGate {
    /** The outcomes after the gate, and what it could not check or judge. */
    public record Result(List<FileOutcome> outcomes, List<String> notes) {
        public Result {
            outcomes = List.copyOf(outcomes);
            notes = List.copyOf(notes);
        }
    }

    private static final Pattern PLACE = Pattern.compile("^(?:vet: )?(?:\\./)?([^\\s:]+\\.go):(\\d+):(\\d+): (.*)$");

    private final GoCommand go;

    private BuildGate(GoCommand go) {
        this.go = go;
    }

    /** The gate, when a {@code go} is on the PATH of {@code env} (the environment its runs get). */
    public static Optional<BuildGate> onPath(Map<String, String> env) {
        return GoCommand.onPath(env).map(BuildGate::new);
    }

    /** Outcomes' paths are relative to {@code folder}; only CHANGED ones are checked. */
    public Result check(Path folder, List<FileOutcome> outcomes) throws IOException {
        Path base = folder.toAbsolutePath().normalize();
        Path scratch = Files.createTempDirectory("gorewrite-build");
        try {
            Overlay overlay = Overlay.write(scratch, base, outcomes);
            List<String> notes = new ArrayList<>();
            Map<Path, List<String>> broken = new LinkedHashMap<>();
            ModuleCopies copies = new ModuleCopies(scratch, base, outcomes);
            for (Path pkg : packages(base, outcomes)) {
                judge(base, pkg, overlay, copies, notes).ifPresent(messages -> broken.put(pkg, messages));
            }
            return new Result(failBroken(base, outcomes, broken), notes);
        } finally {
            deleteTree(scratch);
        }
    }

    /** The messages of a package that built before and not after; empty when it builds, or never did. */
    private Optional<List<String>> judge(Path base, Path pkg, Overlay overlay, ModuleCopies copies, List<String> notes)
            throws IOException {
        String name = relative(base, pkg);
        if (!Files.isDirectory(pkg)) {
            notes.add(name + ": a new package (the run creates its folder): nothing built before to judge it by");
            return Optional.empty();
        }
        Optional<Path> module = GoModules.moduleOf(pkg);
        if (module.isEmpty()) {
            notes.add(name + ": not inside a Go module (no go.mod above it): not build-checked");
            return Optional.empty();
        }
        Path binary = overlay.json().resolveSibling("bin");
        Optional<String> before = failure(pkg, binary, List.of(), () -> pkg);
        if (before.isPresent()) {
            notes.add(name + ": did not build before the rewrite either, so it is not judged: "
                    + firstLine(before.get()));
            return Optional.empty();
        }
        // go vet 1.19 reads the files from disk, not through -overlay: it vets a copy of the module holding the new content.
        return failure(pkg, binary, List.of("-overlay=" + overlay.json()), () -> copies.of(module.get()).resolve(
                module.get().relativize(pkg))).map(out -> messages(base, pkg, overlay, out));
    }

    /** Where {@code go vet} runs: the package's folder, or that of a copy, made only when it is needed. */
    private interface VetFolder {
        Path get() throws IOException;
    }

    /** What go build, then go vet, said when one of them failed on the package in {@code pkg}. */
    private Optional<String> failure(Path pkg, Path binary, List<String> flags, VetFolder vetIn) throws IOException {
        // A main package's binary goes to the scratch folder, never into the checkout.
        List<String> build = new ArrayList<>(List.of("build", "-o", binary.toString()));
        build.addAll(flags);
        build.add(".");
        GoCommand.Run built = go.run(pkg, build);
        Files.deleteIfExists(binary);
        if (!built.ok()) {
            return Optional.of(built.output());
        }
        GoCommand.Run vetted = go.run(vetIn.get(), List.of("vet", "."));
        return vetted.ok() ? Optional.empty() : Optional.of(vetted.output());
    }

    /** The compiler's `path:line:col: message` lines, with paths relative to ROOT; its whole output if it has none. */
    private static List<String> messages(Path base, Path pkg, Overlay overlay, String output) {
        List<String> out = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher m = PLACE.matcher(line.strip());
            if (m.matches()) {
                Path named = pkg.resolve(m.group(1)).normalize();
                String file = overlay.original(named).orElseGet(() -> relative(base, named));
                out.add(file + ":" + m.group(2) + ":" + m.group(3) + ": " + m.group(4));
            }
        }
        return out.isEmpty() ? List.of(relative(base, pkg) + ": " + output.strip()) : out;
    }

    private static List<FileOutcome> failBroken(Path base, List<FileOutcome> outcomes, Map<Path, List<String>> broken) {
        List<FileOutcome> out = new ArrayList<>();
        for (FileOutcome o : outcomes) {
            List<String> messages = o.status() == FileOutcome.Status.CHANGED
                    ? broken.get(base.resolve(o.path()).normalize().getParent()) : null;
            out.add(messages == null ? o : FileOutcome.failed(o.path(), o.before(),
                    o.edits().stream().map(EditOutcome::heldBack).toList(), o.checks(), because(o.path(), messages)));
        }
        return out;
    }

    private static List<Problem> because(String path, List<String> messages) {
        List<Problem> out = new ArrayList<>();
        out.add(Problem.of(path, Problem.Kind.BUILD, "its package no longer builds after the rewrite (it did before);"
                + " left as it was:"));
        messages.forEach(m -> out.add(compilerSays(path, m)));
        return out;
    }

    /** A compiler message `file:line:col: text` as a problem of that file and place (the file may be another one of the package). */
    private static Problem compilerSays(String path, String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.+?):(\\d+):(\\d+): (.*)", java.util.regex.Pattern.DOTALL)
                .matcher(message);
        if (!m.matches()) {
            return Problem.of(path, Problem.Kind.BUILD, message);
        }
        return new Problem(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Problem.Kind.BUILD,
                m.group(4));
    }

    private static List<Path> packages(Path base, List<FileOutcome> outcomes) {
        return outcomes.stream().filter(o -> o.status() == FileOutcome.Status.CHANGED)
                .map(o -> base.resolve(o.path()).normalize().getParent()).distinct().toList();
    }

    private static String relative(Path base, Path p) {
        String r = SourceTree.relative(base, p);
        return r.isEmpty() ? "." : r;
    }

    private static String firstLine(String output) {
        return output.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElse(output.strip());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
