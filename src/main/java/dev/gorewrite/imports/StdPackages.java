package dev.gorewrite.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Go standard library's importable packages (a resource made from `go list std` of Go 1.19),
 * so that `os.ReadFile` in new code can get its import without the recipe saying where `os` is.
 */
public final class StdPackages {
    private static final Map<String, String> NAME_OF_PATH = load();

    private StdPackages() {}

    /** Every path with its package name. */
    public static Map<String, String> all() {
        return NAME_OF_PATH;
    }

    public static Optional<String> nameOf(String path) {
        return Optional.ofNullable(NAME_OF_PATH.get(path));
    }

    /** Every standard path whose package has this name: more than one (rand) is no answer. */
    public static List<String> pathsNamed(String name) {
        return NAME_OF_PATH.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).toList();
    }

    private static Map<String, String> load() {
        try (InputStream in = StdPackages.class.getResourceAsStream("std-packages.txt")) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2 && !line.startsWith("#")) {
                    out.put(parts[0], parts[1]);
                }
            }
            return Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException("std-packages.txt is missing from the class path", e);
        }
    }
}
