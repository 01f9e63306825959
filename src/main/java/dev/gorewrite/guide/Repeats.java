package dev.gorewrite.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Same changes as Gateway": the referenced section's written-out steps again, with the
 * substitutions applied to their code (a string literal "gateway" becomes "signalprocessing").
 */
final class Repeats {
    /** One step to draft: the step, the guide line and heading it is reported under, and its citation. */
    record Item(Step.Change step, int line, String heading, String citation, String note) {}

    private Repeats() {
    }

    /** The section's steps, each SameAs replaced by the steps it repeats. */
    static List<Item> expand(Guide guide, FileSection section, String guideName) {
        List<Item> items = new ArrayList<>();
        for (Step step : section.steps()) {
            if (step instanceof Step.Change change) {
                items.add(new Item(change, step.line(), step.heading(), guideName + ":" + step.line() + " " + step.heading(), ""));
            } else {
                items.addAll(repeated(guide, (Step.SameAs) step, guideName));
            }
        }
        return items;
    }

    private static List<Item> repeated(Guide guide, Step.SameAs same, String guideName) {
        List<Item> items = new ArrayList<>();
        Optional<FileSection> source = referenced(guide, same.section());
        List<Step> steps = source.map(FileSection::steps).orElse(List.of());
        for (int i = 0; i < steps.size(); i++) {
            if ((same.index() == 0 || same.index() == i + 1) && steps.get(i) instanceof Step.Change change) {
                String note = "repeats " + same.section() + "'s " + change.heading() + " (" + guideName + ":" + change.line()
                        + ")" + describe(same.substitutions());
                items.add(new Item(substituted(change, same.substitutions()), same.line(), same.heading(),
                        guideName + ":" + same.line() + " " + same.heading() + " (as " + guideName + ":" + change.line()
                                + " " + change.heading() + ")", note));
            }
        }
        return items;
    }

    /** The cross-references that name no section of the guide, or a step it does not have. */
    static List<Step.SameAs> unresolved(Guide guide, FileSection section) {
        return section.steps().stream().filter(s -> s instanceof Step.SameAs).map(s -> (Step.SameAs) s)
                .filter(same -> repeated(guide, same, "").isEmpty()).toList();
    }

    static Optional<FileSection> referenced(Guide guide, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return guide.sections().stream().filter(s -> s.title().toLowerCase(Locale.ROOT).contains(lower)).findFirst();
    }

    private static Step.Change substituted(Step.Change step, List<Step.Substitution> subs) {
        List<Block> blocks = step.blocks().stream().map(b -> Block.of(b.line(), b.label(), b.language(), apply(b.code(), subs))).toList();
        return new Step.Change(step.line(), step.heading(), step.location(), blocks);
    }

    /** Each substitution in string literals only: `"gateway"` becomes `"signalprocessing"`. */
    static String apply(String code, List<Step.Substitution> subs) {
        String out = code;
        for (Step.Substitution s : subs) {
            out = out.replace("\"" + s.from() + "\"", "\"" + s.to() + "\"");
        }
        return out;
    }

    private static String describe(List<Step.Substitution> subs) {
        return subs.stream().map(s -> ", \"" + s.from() + "\" -> \"" + s.to() + "\"" + (s.stated() ? "" : " (from the file names)"))
                .reduce("", String::concat);
    }
}
