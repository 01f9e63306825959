package dev.gorewrite.recipe;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Finds recipe files: the built-in ones on the class path (a folder or a jar) and the user's files and folders. */
final class RecipeSources {
    private RecipeSources() {
    }

    /** Every {@code *.yaml} below {@code folder} on the class path, named {@code folder/relative/path}. */
    static List<RecipeSource> builtIn(ClassLoader loader, String folder, List<RecipeProblem> problems) {
        Set<URL> roots;
        try {
            roots = new LinkedHashSet<>(Collections.list(loader.getResources(folder)));
        } catch (IOException e) {
            problems.add(new RecipeProblem(folder, 0, "", "cannot list built-in recipes: " + dev.gorewrite.io.IoReason.of(e)));
            return List.of();
        }
        List<RecipeSource> sources = new ArrayList<>();
        for (URL root : roots) {
            try {
                sources.addAll(builtInAt(root, folder, problems));
            } catch (IOException | URISyntaxException | UncheckedIOException e) {
                problems.add(new RecipeProblem(root.toString(), 0, "", "cannot list built-in recipes: " + e.getMessage()));
            }
        }
        return sources;
    }

    private static List<RecipeSource> builtInAt(URL root, String folder, List<RecipeProblem> problems)
            throws IOException, URISyntaxException {
        if (root.getProtocol().equals("file")) {
            return read(Path.of(root.toURI()), folder, List.of(".yaml"), problems);
        }
        if (root.getProtocol().equals("jar")) {
            // The jar's own index, not a zip file system: that costs a third of a second to start.
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            String prefix = connection.getEntryName().replaceAll("/+$", "") + "/";
            JarFile jar = connection.getJarFile();
            List<JarEntry> entries = Collections.list(jar.entries()).stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix) && e.getName().endsWith(".yaml"))
                    .sorted(Comparator.comparing(JarEntry::getName))
                    .toList();
            List<RecipeSource> sources = new ArrayList<>();
            for (JarEntry entry : entries) {
                String name = folder + "/" + entry.getName().substring(prefix.length());
                try (InputStream in = jar.getInputStream(entry)) {
                    decode(in.readAllBytes(), name, problems).ifPresent(text -> sources.add(new RecipeSource(name, text)));
                }
            }
            return sources;
        }
        problems.add(new RecipeProblem(root.toString(), 0, "", "cannot list built-in recipes from a "
                + root.getProtocol() + ": URL; run gorewrite from its jar or a folder"));
        return List.of();
    }

    /**
     * The recipe file {@code path}, whatever its name (a file named directly is meant), or every
     * {@code *.yaml} and {@code *.yml} below the folder {@code path}, named as the walk finds them
     * (with {@code path} as given). A folder without any is a problem: the run would do nothing.
     */
    static List<RecipeSource> userPath(Path path, List<RecipeProblem> problems) {
        if (Files.isRegularFile(path)) {
            return readText(path, path.toString(), problems).map(text -> List.of(new RecipeSource(path.toString(), text)))
                    .orElse(List.of());
        }
        if (!Files.isDirectory(path)) {
            problems.add(new RecipeProblem(path.toString(), 0, "",
                    Files.exists(path) ? "not a folder or a file" : "no such file or folder"));
            return List.of();
        }
        int known = problems.size();
        try {
            List<RecipeSource> found = read(path, null, List.of(".yaml", ".yml"), problems);
            if (found.isEmpty() && problems.size() == known) {
                problems.add(new RecipeProblem(path.toString(), 0, "", "no recipe files (*.yaml, *.yml) in this folder"));
            }
            return found;
        } catch (IOException | UncheckedIOException e) {
            problems.add(new RecipeProblem(path.toString(), 0, "", "cannot list recipes: " + e.getMessage()));
            return List.of();
        }
    }

    /** The files below {@code dir} with one of the {@code suffixes}, in name order; {@code prefix} null keeps paths as walked. */
    private static List<RecipeSource> read(Path dir, String prefix, List<String> suffixes, List<RecipeProblem> problems)
            throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> suffixes.stream().anyMatch(s -> p.getFileName().toString().endsWith(s)))
                    .sorted()
                    .toList();
        }
        List<RecipeSource> sources = new ArrayList<>();
        for (Path file : files) {
            String name = prefix == null ? file.toString() : prefix + "/" + slashes(dir.relativize(file));
            readText(file, name, problems).ifPresent(text -> sources.add(new RecipeSource(name, text)));
        }
        return sources;
    }

    private static Optional<String> decode(byte[] bytes, String name, List<RecipeProblem> problems) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.add(new RecipeProblem(name, 0, "", "cannot read: not UTF-8 text"));
            return Optional.empty();
        }
    }

    private static Optional<String> readText(Path file, String name, List<RecipeProblem> problems) {
        try {
            return Optional.of(Files.readString(file));
        } catch (MalformedInputException e) {
            problems.add(new RecipeProblem(name, 0, "", "cannot read: not UTF-8 text"));
        } catch (IOException e) {
            problems.add(new RecipeProblem(name, 0, "", "cannot read: " + dev.gorewrite.io.IoReason.of(e)));
        }
        return Optional.empty();
    }

    private static String slashes(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
