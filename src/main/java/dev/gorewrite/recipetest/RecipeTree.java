package dev.gorewrite.recipetest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A folder of recipes and their tests, on disk or inside the jar. Files are named relative to
 * it with '/' separators ({@code datastorage-image-tag/gateway.tests/examples/before.go}), so that
 * finding the cases does not depend on where they are stored.
 */
public sealed interface RecipeTree permits RecipeTree.Folder, RecipeTree.Jar {
    /** Every file below the tree, in name order. */
    List<String> names() throws IOException;

    byte[] read(String name) throws IOException;

    /** How {@code name} appears in messages. */
    String display(String name);

    /** The file that {@code --update} may write, or empty where nothing may be written (the jar). */
    Optional<Path> writable(String name);

    /**
     * A folder on disk; {@code label} replaces its path in messages (the built-in recipes are
     * {@code recipes/…} wherever the class path keeps them), {@code starts} limit the walk to some
     * of its files and folders ("" is all of it), and only a {@code writable} folder is updated.
     */
    record Folder(Path root, String label, List<String> starts, boolean writable) implements RecipeTree {
        public Folder {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(label, "label");
            starts = List.copyOf(starts);
            if (starts.isEmpty()) {
                throw new IllegalArgumentException("nothing to walk in " + root);
            }
        }

        /** All of {@code root}, named as given, writable: a user's folder. */
        public static Folder of(Path root) {
            return new Folder(root, root.toString(), List.of(""), true);
        }

        @Override
        public List<String> names() throws IOException {
            List<String> names = new ArrayList<>();
            for (String start : starts) {
                Path from = root.resolve(start);
                if (Files.exists(from)) {
                    try (Stream<Path> walk = Files.walk(from)) {
                        walk.filter(Files::isRegularFile).map(this::relative).forEach(names::add);
                    }
                }
            }
            Collections.sort(names);
            return names;
        }

        private String relative(Path file) {
            List<String> parts = new ArrayList<>();
            root.relativize(file).forEach(part -> parts.add(part.toString()));
            return String.join("/", parts);
        }

        @Override
        public byte[] read(String name) throws IOException {
            return Files.readAllBytes(root.resolve(name));
        }

        @Override
        public String display(String name) {
            return label.isEmpty() ? name : Path.of(label, name.split("/")).toString();
        }

        @Override
        public Optional<Path> writable(String name) {
            return writable ? Optional.of(root.resolve(name)) : Optional.empty();
        }
    }

    /** The entries of {@code jar} below {@code prefix} (which ends in '/'), named {@code label/…}. */
    record Jar(JarFile jar, String prefix, String label) implements RecipeTree {
        public Jar {
            Objects.requireNonNull(jar, "jar");
            Objects.requireNonNull(label, "label");
            if (!prefix.endsWith("/")) {
                throw new IllegalArgumentException("a folder prefix ends in '/': " + prefix);
            }
        }

        @Override
        public List<String> names() {
            return Collections.list(jar.entries()).stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                    .map(e -> e.getName().substring(prefix.length()))
                    .sorted()
                    .toList();
        }

        @Override
        public byte[] read(String name) throws IOException {
            JarEntry entry = jar.getJarEntry(prefix + name);
            if (entry == null) {
                throw new IOException("no entry " + prefix + name + " in " + jar.getName());
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }

        @Override
        public String display(String name) {
            return label + "/" + name;
        }

        @Override
        public Optional<Path> writable(String name) {
            return Optional.empty();
        }
    }
}
