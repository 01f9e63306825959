package dev.gorewrite.imports;

import dev.gorewrite.edit.Edit;
import dev.gorewrite.edit.Edits;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeImports;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Makes a file's imports follow what one recipe did to its code: an import the code used before
 * and no longer uses goes; a package name the new code uses and the file does not import gets its
 * import, from the recipe's `imports` or, when the name is unambiguous there, the standard
 * library. `_` and `.` imports, and imports that were unused already, are left alone.
 */
public final class ImportFixer {
    /** The changes to make, each a path with its name, worked out on the rewritten file before any is made. */
    private record Plan(List<RecipeImports.Spec> add, List<String> remove) {}

    private ImportFixer() {}

    /**
     * {@code before} is the file as the recipe found it, {@code after} as its edits left it: parsed, or
     * only lexed, since the imports are read from tokens. The text this gives is not parsed here;
     * the caller parses it once, which is also the check that it still parses.
     */
    public static ImportFix follow(GoFile before, GoFile after, Recipe recipe) {
        return follow(NamesUsed.of(before), after, recipe);
    }

    /** {@link #follow(GoFile, GoFile, Recipe)} with what it needs of {@code before}, taken earlier. */
    public static ImportFix follow(NamesUsed was, GoFile after, Recipe recipe) {
        FileImports now = FileImports.of(after);
        Uses uses = Uses.of(after, now);
        List<RecipeImports.Spec> add = new ArrayList<>(recipe.imports().add());
        List<String> remove = unused(now, was, uses);
        Optional<String> refusal = additions(now, was, uses, recipe, add)
                .or(() -> explicitRemovals(now, recipe, uses, remove));
        if (refusal.isPresent()) {
            return new ImportFix.Refused(refusal.get());
        }
        return apply(now, new Plan(add, remove));
    }

    /** The paths of imports the code used before and does not any more. */
    private static List<String> unused(FileImports now, NamesUsed was, Uses uses) {
        List<String> remove = new ArrayList<>();
        for (ImportSpec s : now.specs()) {
            if (s.usedAs().filter(n -> was.count(n) > 0 && uses.count(n) == 0).isPresent()) {
                remove.add(s.path());
            }
        }
        return remove;
    }

    /** Adds to {@code add} the import of every package name the new code brought in; the first it cannot resolve, refused. */
    private static Optional<String> additions(FileImports now, NamesUsed was, Uses uses, Recipe recipe,
            List<RecipeImports.Spec> add) {
        for (String name : new TreeSet<>(uses.heads().keySet())) {
            if (was.count(name) == 0 && !imported(now, name) && !uses.standsAlone(name)) {
                Optional<String> refusal = resolve(now, name, recipe, uses, add);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean imported(FileImports file, String name) {
        return file.specs().stream().anyMatch(s -> s.usedAs().filter(name::equals).isPresent());
    }

    /** Adds the import for {@code name} to {@code add}, or says why there is none to add. */
    private static Optional<String> resolve(FileImports now, String name, Recipe recipe, Uses uses,
            List<RecipeImports.Spec> add) {
        String where = now.path() + ":" + uses.firstLine().get(name) + ": recipe " + recipe.id() + ": uses "
                + name + ". but ";
        String path = recipe.imports().names().get(name);
        List<String> std = StdPackages.pathsNamed(name);
        if (path == null && std.size() != 1) {
            return Optional.of(where + (std.isEmpty() ? "no import for it is declared; add imports: {" + name
                    + ": \"<import path>\"} to the recipe" : "the standard library has " + String.join(" and ", std)
                    + "; add imports: {" + name + ": \"" + std.get(0) + "\"} (or the other) to the recipe"));
        }
        String chosen = path != null ? path : std.get(0);
        Optional<ImportSpec> existing = now.byPath(chosen);
        if (existing.isPresent() && existing.get().usedAs().isPresent()) {
            return Optional.of(where + "the file imports \"" + chosen + "\" as " + existing.get().usedAs().get()
                    + "; the recipe's code would need that name");
        }
        if (existing.isEmpty() || !existing.get().name().isEmpty()) {
            String own = PackageNames.of(chosen).filter(name::equals).isPresent() ? "" : name;
            add.add(new RecipeImports.Spec(own, chosen));
        }
        return Optional.empty();
    }

    /** The recipe's `remove` paths join {@code remove}, unless the code still uses one. */
    private static Optional<String> explicitRemovals(FileImports now, Recipe recipe, Uses uses, List<String> remove) {
        for (String path : recipe.imports().remove()) {
            Optional<ImportSpec> spec = now.byPath(path);
            Optional<String> name = spec.flatMap(ImportSpec::usedAs).filter(n -> uses.count(n) > 0);
            if (name.isPresent()) {
                return Optional.of(now.path() + ":" + uses.firstLine().get(name.get()) + ": recipe "
                        + recipe.id() + ": imports.remove: \"" + path + "\" is still used (" + name.get() + ".)");
            }
            if (spec.isPresent() && !remove.contains(path)) {
                remove.add(path);
            }
        }
        return Optional.empty();
    }

    /** Makes the plan's changes one at a time, each placed on the text the one before left. */
    private static ImportFix apply(FileImports after, Plan plan) {
        FileImports imports = after;
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String path : plan.remove()) {
            Optional<Edit> edit = ImportText.removal(imports, imports.byPath(path).orElseThrow());
            if (edit.isEmpty()) {
                return new ImportFix.Refused(imports.path() + ": the import \"" + path + "\" is no longer used but"
                        + " shares its line with other code; gorewrite removes only whole lines");
            }
            imports = applied(imports, edit.get());
            removed.add("-" + path);
        }
        for (RecipeImports.Spec spec : plan.add()) {
            if (imports.specs().stream().noneMatch(s -> s.path().equals(spec.path()) && s.name().equals(spec.name()))) {
                imports = applied(imports, ImportText.addition(imports, spec));
                added.add("+" + (spec.name().isEmpty() ? "" : spec.name() + " ") + spec.path());
            }
        }
        added.addAll(removed);
        return new ImportFix.Fixed(imports.text(), added.isEmpty() ? "" : "imports: " + String.join(" ", added));
    }

    /**
     * The imports of the text with one import edit made. Such an edit only moves whole import
     * lines, so the new section ends before the end of the old one (moved by the edit) or of the
     * edit's text, whichever is later: only the text up to there is lexed again.
     */
    private static FileImports applied(FileImports imports, Edit edit) {
        String text = Edits.apply(imports.text(), List.of(edit));
        int oldEnd = imports.sectionEnd();
        int editEnd = edit.start() + edit.text().length();
        int moved = oldEnd <= edit.start() ? oldEnd : oldEnd >= edit.end() ? oldEnd + editEnd - edit.end() : editEnd;
        return FileImports.of(imports.path(), text, Math.max(moved, editEnd));
    }
}
