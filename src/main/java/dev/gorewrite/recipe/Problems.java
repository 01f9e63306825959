package dev.gorewrite.recipe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/** The problems found in one recipe file so far; reading goes on after each one to find them all. */
final class Problems {
    private final String file;
    private final List<RecipeProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(Node at, String fieldPath, String message) {
        add(YamlValues.line(at), fieldPath, message);
    }

    void add(int line, String fieldPath, String message) {
        found.add(new RecipeProblem(file, line, fieldPath, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems in file order: they are found field by field, which is not always the order they are written in. */
    List<RecipeProblem> list() {
        return found.stream().sorted(Comparator.comparingInt(RecipeProblem::line)).toList();
    }

    String file() {
        return file;
    }
}
