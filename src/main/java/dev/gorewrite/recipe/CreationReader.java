package dev.gorewrite.recipe;

import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.SyntaxError;
import dev.gorewrite.golang.Utf8;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a recipe's {@code create: {path, code}}: a path the engine can only create inside ROOT
 * and would look at again (a {@code .go} name, no glob, no {@code ..}, outside vendor, testdata
 * and dot-folders), and code that parses as a whole Go file, its syntax errors placed on the
 * recipe's own lines.
 */
final class CreationReader {
    private static final List<String> KEYS = List.of("path", "code");
    private static final String GLOB_CHARACTERS = "*?[]{}\\";

    private CreationReader() {
    }

    static Optional<FileCreation> read(Node node, String path, Problems problems) {
        Optional<YamlMapping> mapping = YamlMapping.read(node, path, problems);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping create = mapping.get();
        create.allowOnly(KEYS);
        Optional<String> file = create.text("path").filter(p -> isPlainPath(create, p));
        Optional<String> code = create.required("code").flatMap(c -> YamlValues.text(c, create.pathOf("code"), problems));
        if (file.isEmpty() || code.isEmpty()) {
            return Optional.empty();
        }
        return parses(create.optional("code").orElseThrow(), file.get(), code.get(), create)
                ? Optional.of(new FileCreation(file.get(), code.get())) : Optional.empty();
    }

    /** A path that names one file under ROOT, which a later run finds again (else its second run could not tell). */
    private static boolean isPlainPath(YamlMapping create, String path) {
        Optional<String> why = whyNot(path);
        why.ifPresent(w -> create.problems().add(create.lineOf("path"), create.pathOf("path"), "'" + path + "' " + w));
        return why.isEmpty();
    }

    private static Optional<String> whyNot(String path) {
        if (path.startsWith("/")) {
            return Optional.of("is absolute: give a path relative to ROOT, as in pkg/util/helper.go");
        }
        if (path.chars().anyMatch(c -> GLOB_CHARACTERS.indexOf(c) >= 0)) {
            return Optional.of("is a glob: create names one file, without *, ?, [, ], {, } or \\");
        }
        if (!path.endsWith(".go")) {
            return Optional.of("is not a .go file: create writes Go code");
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return Optional.of("has an empty, '.' or '..' part: give a plain path below ROOT");
            }
        }
        return folderNotLookedAt(path);
    }

    private static Optional<String> folderNotLookedAt(String path) {
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equals("vendor") || parts[i].equals("testdata") || parts[i].startsWith(".")) {
                return Optional.of("is inside " + parts[i] + "/, where gorewrite never looks");
            }
        }
        return Optional.empty();
    }

    /** The code parses as a Go file; its first syntax error is reported at the recipe line it falls on. */
    private static boolean parses(Node node, String file, String code, YamlMapping create) {
        GoFile parsed = GoFile.parse(file, Utf8.encode(code));
        if (parsed.ok()) {
            return true;
        }
        SyntaxError first = parsed.errors().get(0);
        int line = node instanceof ScalarNode scalar ? PatternReader.fileLine(scalar, first.line()) : YamlValues.line(node);
        create.problems().add(line, create.pathOf("code"), "is not a Go file: at code line " + first.line()
                + ", column " + first.column() + ": " + first.message());
        return false;
    }
}
