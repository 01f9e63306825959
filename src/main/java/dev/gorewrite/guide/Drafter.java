package dev.gorewrite.guide;

import dev.gorewrite.engine.Parallel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a read {@link Guide} into draft recipes, one per file section (and one per NEW FILE).
 * With {@code root} the section's file is read to choose anchors, each drafted edit is tried on
 * it by the engine, and code the guide's blocks no longer match is reported with the nearest
 * candidate; without it the drafts come from the guide alone and say that nothing was checked.
 */
public final class Drafter {
    private final Guide guide;
    private final Optional<Path> root;
    private final LocalDate today;
    private final String guideName;
    private final Set<String> names = new HashSet<>();
    private final List<DraftedRecipe> recipes = new ArrayList<>();
    private final List<DraftedStep> manual = new ArrayList<>();

    private Drafter(Guide guide, Optional<Path> root, LocalDate today) {
        this.guide = guide;
        this.root = root;
        this.today = today;
        this.guideName = Path.of(guide.path()).getFileName().toString();
    }

    public static Drafts draft(Guide guide, Optional<Path> root, LocalDate today) {
        Drafter drafter = new Drafter(Objects.requireNonNull(guide, "guide"), Objects.requireNonNull(root, "root"),
                Objects.requireNonNull(today, "today"));
        guide.sections().forEach(drafter::section);
        return new Drafts(drafter.recipes, drafter.manual);
    }

    private void section(FileSection section) {
        List<Repeats.Item> items = new ArrayList<>();
        for (Repeats.Item item : Repeats.expand(guide, section, guideName)) {
            DraftKind kind = DraftKind.of(section, item.step());
            if (kind == DraftKind.NEW_FILE) {
                newFile(item);
            } else if (kind == DraftKind.MANUAL) {
                manual.add(new DraftedStep(item.line(), item.heading(), kind, Certainty.MANUAL, -1, ManualSteps.why(section, item.step())));
            } else {
                items.add(item);
            }
        }
        Repeats.unresolved(guide, section).forEach(this::unresolved);
        if (!items.isEmpty()) {
            fileRecipe(section, section.file().orElseThrow(), items);
        }
    }

    private void fileRecipe(FileSection section, String file, List<Repeats.Item> items) {
        Optional<RootFile> rootFile = root.flatMap(r -> read(r, file));
        String stem = stem(file);
        RecipeDraft shell = new RecipeDraft(header(section, file, rootFile), id(stem), section.title().equals(file) ? file : section.title() + ": " + file,
                guideName + ":" + section.line() + " " + section.title(), Optional.of(file), Optional.empty(), List.of(),
                List.of(), List.of());
        SectionDrafter drafter = new SectionDrafter(shell, rootFile, root.isPresent() ? "ROOT has no " + file : "no ROOT");
        List<Planned> planned = Parallel.map(List.of(section), s -> drafter.plan(s, items),
                (s, exhausted) -> unplanned(s, items, file + ": " + exhausted.reason())).get(0);
        RecipeAssembly.of(drafter.shell(planned), planned, guide, guideName, file)
                .add(fileName(stem), recipes, manual);
    }

    private void unresolved(Step.SameAs same) {
        manual.add(new DraftedStep(same.line(), same.heading(), DraftKind.REPEAT, Certainty.NEEDS_REVIEW, -1,
                "repeats " + same.section() + (same.index() == 0 ? "" : " step " + same.index())
                        + ", which the guide does not write out as a change: do it by hand"));
    }

    /**
     * The steps of a file the drafter could not read to the end (the patterns and the engine recurse
     * once per nesting level, on the engine's big-stack workers): each needs a person.
     */
    private static List<Planned> unplanned(FileSection section, List<Repeats.Item> items, String why) {
        return items.stream().map(i -> new Planned(i.line(), i.heading(), i.citation(), DraftKind.of(section, i.step()),
                Certainty.NEEDS_REVIEW, why, Optional.empty(), List.of())).toList();
    }

    private void newFile(Repeats.Item item) {
        Block block = item.step().blocks().get(0);
        String path = block.label().detail();
        BlockCode code = BlockCode.of(block, Optional.empty());
        Optional<String> problem = NewFiles.problem(root, path, code);
        RecipeDraft draft = new RecipeDraft(header(path), id("new-" + stem(path)), item.heading() + ": " + path,
                item.citation(), Optional.empty(), Optional.of(new RecipeDraft.Create(path, code.code())), List.of(), List.of(), List.of());
        String note = problem.orElse(root.isPresent() ? "creates " + path : "creates " + path + "; not checked against ROOT");
        DraftedStep step = new DraftedStep(item.line(), item.heading(), DraftKind.NEW_FILE,
                problem.isPresent() ? Certainty.NEEDS_REVIEW : Certainty.DRAFTED, -1, SectionDrafter.join(item.note(), note));
        recipes.add(new DraftedRecipe(fileName(stem(path)), draft.yaml(), List.of(step), List.of()));
    }

    private List<String> header(FileSection section, String file, Optional<RootFile> rootFile) {
        List<String> lines = new ArrayList<>(header(file));
        lines.add(1, "Section \"" + section.title() + "\" (" + guideName + ":" + section.line() + ").");
        lines.add(rootFile.isPresent() ? "Each edit was tried on " + file + " under ROOT; an edit that needs review is commented out."
                : root.isPresent() ? "ROOT has no " + file + ": nothing was checked against code."
                : "No ROOT was given: anchors and patterns were not checked against code.");
        return lines;
    }

    private List<String> header(String file) {
        List<String> lines = new ArrayList<>();
        lines.add("Drafted by `gorewrite guide` from " + guide.path() + (guide.title().isEmpty() ? "" : " (\"" + guide.title() + "\")")
                + " on " + today + ", for " + file + ".");
        if (guide.repair().damaged()) {
            lines.add("The guide's text was damaged in transit: " + guide.repair().describe() + ".");
        }
        return lines;
    }

    private static Optional<RootFile> read(Path root, String file) {
        Path path = root.resolve(file);
        try {
            return Files.isRegularFile(path) ? Optional.of(new RootFile(file, Files.readAllBytes(path))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String id(String stem) {
        String prefix = slug(guideName.replaceAll("\\.(md|markdown)$", ""));
        return (prefix.isEmpty() ? "guide" : prefix) + "/" + (slug(stem).isEmpty() ? "file" : slug(stem));
    }

    private String fileName(String stem) {
        String name = stem + ".yaml";
        for (int n = 2; !names.add(name); n++) {
            name = stem + "-" + n + ".yaml";
        }
        return name;
    }

    private static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
