package dev.gorewrite.cli;

import dev.gorewrite.recipe.EditKind;
import dev.gorewrite.recipe.EditStep;
import dev.gorewrite.recipe.Recipe;

/**
 * A drafted edit in a few words, for the guide report: its kind and what it looks for ("replace
 * `err := buildDataStorageImage($W)`", "insert before comment containing \"PHASE 1:\"").
 */
final class DraftedEdit {
    /** Longer code is cut here: the report names the edit, the recipe file holds it whole. */
    private static final int SHOWN = 60;

    private DraftedEdit() {}

    /**
     * Edit {@code index} of {@code recipe}; -1 names what the recipe does besides its edits: the
     * file it creates, or else the imports it adds.
     */
    static String describe(Recipe recipe, int index) {
        if (recipe.create().isPresent()) {
            return "create " + recipe.create().get().path();
        }
        if (index == -1) {
            return "imports add " + String.join(", ", recipe.imports().add().stream()
                    .map(dev.gorewrite.recipe.RecipeImports.Spec::goText).toList());
        }
        if (index < 0 || index >= recipe.edits().size()) {
            throw new IllegalArgumentException(recipe.id() + " has no edit " + index);
        }
        EditStep step = recipe.edits().get(index);
        return step.kind().key() + " " + step.kind().accept(new EditKind.Cases<String>() {
            @Override
            public String replace(EditKind.Replace r) {
                return code(r.from().toString());
            }

            @Override
            public String insert(EditKind.Insert i) {
                return i.placement().name().toLowerCase(java.util.Locale.ROOT) + " " + shortened(i.anchor().toString());
            }

            @Override
            public String delete(EditKind.Delete d) {
                return code(d.code().toString());
            }

            @Override
            public String deleteSection(EditKind.DeleteSection s) {
                return "from " + shortened(s.from().toString()) + " through " + code(s.through().toString());
            }

            @Override
            public String deleteDeclaration(EditKind.DeleteDeclaration d) {
                return d.name();
            }
        });
    }

    private static String code(String pattern) {
        return "`" + shortened(pattern) + "`";
    }

    private static String shortened(String text) {
        String line = text.strip().replaceAll("\\s*\\n\\s*", " ");
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN - 1) + "…";
    }
}
