package dev.gorewrite.cli;

import dev.gorewrite.guide.DraftedRecipe;
import dev.gorewrite.guide.DraftedStep;
import dev.gorewrite.guide.Drafter;
import dev.gorewrite.guide.Drafts;
import dev.gorewrite.guide.Guide;
import dev.gorewrite.guide.GuideReader;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeException;
import dev.gorewrite.recipe.RecipeLoader;
import dev.gorewrite.recipe.RecipeProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A guide read and drafted (on ROOT, when given), each drafted recipe loaded from its YAML text
 * with the normal recipe loader: what `guide` reports and what `run --guide` runs are the very
 * recipes `-o DIR` writes.
 */
record GuideDrafts(Guide guide, Drafts drafts, List<Draft> loaded) {
    /** One drafted recipe file and the recipe it loads as. */
    record Draft(DraftedRecipe drafted, Recipe recipe) {
        Draft {
            Objects.requireNonNull(drafted, "drafted");
            Objects.requireNonNull(recipe, "recipe");
        }
    }

    /** A guide step with the draft it belongs to (none for a step left to a person outside any recipe). */
    record Placed(DraftedStep step, Optional<Draft> draft) {
        Placed {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(draft, "draft");
        }
    }

    GuideDrafts {
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(drafts, "drafts");
        loaded = List.copyOf(loaded);
    }

    static GuideDrafts read(Path file, Optional<Path> root, LocalDate today) throws IOException, RecipeException {
        Guide guide = GuideReader.read(file);
        Drafts drafts = Drafter.draft(guide, root, today);
        List<Draft> loaded = new ArrayList<>();
        List<RecipeProblem> problems = new ArrayList<>();
        for (DraftedRecipe d : drafts.recipes()) {
            try {
                loaded.add(new Draft(d, RecipeLoader.load(d.fileName(), d.yaml())));
            } catch (RecipeException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RecipeException(problems);
        }
        return new GuideDrafts(guide, drafts, loaded);
    }

    /** {@link #read}, or empty after printing on {@code err} why the guide could not be read or drafted. */
    static Optional<GuideDrafts> load(Path file, Optional<Path> root, java.io.PrintStream err) {
        try {
            return Optional.of(read(file, root, LocalDate.now()));
        } catch (IOException e) {
            err.println(file + ": cannot read: " + dev.gorewrite.io.IoReason.of(e));
        } catch (RecipeException e) {
            e.problems().forEach(p -> err.println("drafted recipe " + p));
        }
        return Optional.empty();
    }

    List<Recipe> recipes() {
        return loaded.stream().map(Draft::recipe).toList();
    }

    /** Every step of the guide, drafted or not, in guide order. */
    List<Placed> steps() {
        List<Placed> all = new ArrayList<>();
        for (Draft d : loaded) {
            d.drafted().steps().forEach(s -> all.add(new Placed(s, Optional.of(d))));
        }
        drafts.manual().forEach(s -> all.add(new Placed(s, Optional.empty())));
        all.sort(Comparator.comparingInt((Placed p) -> p.step().guideLine()));
        return all;
    }

    /** A line for each step that no edit stands for: it needs review, or a person ("GUIDE.md:43 Manifests: manual, …"). */
    List<String> undrafted() {
        String name = Path.of(guide.path()).getFileName().toString();
        return steps().stream().map(Placed::step).filter(s -> !s.drafted())
                .map(s -> name + ":" + s.guideLine() + " " + s.heading() + ": " + GuideText.certainty(s.certainty())
                        + ", nothing applied" + (s.note().isEmpty() ? "" : ": " + s.note())).toList();
    }
}
