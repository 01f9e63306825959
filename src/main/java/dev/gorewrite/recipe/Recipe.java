package dev.gorewrite.recipe;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked recipe: which files it targets (globs on paths relative to ROOT), the edits that
 * migrate them, the checks that must hold afterwards and what it says about imports. {@code source}
 * names the YAML it came from. A recipe that {@code create}s a file targets that file alone and has
 * no edits.
 */
public record Recipe(String id, String title, String guide, String source, List<String> files,
        List<EditStep> edits, List<Check> checks, RecipeImports imports, Optional<FileCreation> create) {
    public Recipe {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(source, "source");
        files = List.copyOf(files);
        edits = List.copyOf(edits);
        checks = List.copyOf(checks);
        Objects.requireNonNull(imports, "imports");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("recipe " + id + " targets no files");
        }
        Objects.requireNonNull(create, "create");
        if (create.isPresent() && (!edits.isEmpty() || !files.equals(List.of(create.get().path())))) {
            throw new IllegalArgumentException("recipe " + id + " creates a file: no edits, and that file as its target");
        }
    }

    /** A recipe that edits the files its globs name (it creates none). */
    public Recipe(String id, String title, String guide, String source, List<String> files, List<EditStep> edits,
            List<Check> checks, RecipeImports imports) {
        this(id, title, guide, source, files, edits, checks, imports, Optional.empty());
    }

    /** A recipe that says nothing about imports: they still follow its code (added, removed when unused). */
    public Recipe(String id, String title, String guide, String source, List<String> files, List<EditStep> edits,
            List<Check> checks) {
        this(id, title, guide, source, files, edits, checks, RecipeImports.NONE);
    }
}
