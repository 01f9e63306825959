package dev.gorewrite.guide;

import dev.gorewrite.engine.EditStatus;
import dev.gorewrite.pattern.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drafts the recipe of one file section: each step's candidates are tried on ROOT's file when
 * there is one (the first whose code is found wins; none found is `needs review` with the
 * engine's nearest candidate), then every ADD is held against code it would duplicate.
 */
final class SectionDrafter {
    private final RecipeDraft shell;
    private final Optional<RootFile> root;
    /** Why nothing is checked when {@code root} is empty: "no ROOT", "ROOT has no a.go". */
    private final String unchecked;

    SectionDrafter(RecipeDraft shell, Optional<RootFile> root, String unchecked) {
        this.shell = shell;
        this.root = root;
        this.unchecked = unchecked;
    }

    /** The planned steps of {@code items}; imports are gathered first, since the trials need them. */
    List<Planned> plan(FileSection section, List<Repeats.Item> items) {
        List<Candidates> candidates = items.stream()
                .map(i -> Candidates.of(DraftKind.of(section, i.step()), i.step(), root)).toList();
        List<String> imports = candidates.stream().flatMap(c -> c.imports().stream()).distinct().toList();
        SectionDrafter withImports = new SectionDrafter(shell.withImports(imports), root, unchecked);
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            planned.add(withImports.planOne(DraftKind.of(section, items.get(i).step()), items.get(i), candidates.get(i)));
        }
        return withImports.olderForms(planned);
    }

    RecipeDraft shell(List<Planned> planned) {
        return shell.withImports(planned.stream().flatMap(p -> p.imports().stream()).distinct().toList());
    }

    private Planned planOne(DraftKind kind, Repeats.Item item, Candidates c) {
        if (!c.any()) {
            return planned(item, kind, Certainty.NEEDS_REVIEW, c.reason(), Optional.empty(), List.of());
        }
        if (c.edits().isEmpty()) {
            return planned(item, kind, Certainty.DRAFTED, "becomes `imports: add: " + c.imports() + "`", Optional.empty(), c.imports());
        }
        String why = c.anchor().map(a -> "anchor: " + a.anchor().describe() + ", " + (a.before() ? "before" : "after") + " it (" + a.why() + ")")
                .orElse("");
        return root.isPresent() ? tried(kind, item, c, why) : unchecked(kind, item, c, why);
    }

    /** Without ROOT's file: the first candidate the loader takes, said to be unchecked. */
    private Planned unchecked(DraftKind kind, Repeats.Item item, Candidates c, String why) {
        String problem = "";
        for (int i = 0; i < c.edits().size(); i++) {
            DraftEdit edit = c.edits().get(i);
            String form = join(why, c.whys().get(i));
            Optional<String> loads = Loads.problem(shell, entry(item, edit, false, List.of()));
            if (loads.isEmpty()) {
                String checked = join(join(form, "not checked against code (" + unchecked + ")"), damage(edit));
                return planned(item, kind, Certainty.DRAFTED, checked,
                        Optional.of(entry(item, edit, false, notes(item, join(form, damage(edit))))), List.of());
            }
            problem = problem.isEmpty() ? loads.get() : problem;
        }
        return planned(item, kind, Certainty.NEEDS_REVIEW, "the block is no usable pattern: " + problem, Optional.empty(), List.of());
    }

    /** With ROOT: the first candidate whose code the engine finds in the file; else the first that loads, for review. */
    private Planned tried(DraftKind kind, Repeats.Item item, Candidates c, String why) {
        List<Trial> trials = new ArrayList<>();
        for (DraftEdit e : c.edits()) { // in order, and no further than the first found: each trial is a run
            Trial trial = Trial.of(shell, entry(item, e, false, List.of()), root.get());
            if (trial.found()) {
                return found(kind, item, e, trial, join(why, c.whys().get(trials.size())));
            }
            trials.add(trial);
        }
        int loading = trials.stream().filter(Trial::loads).findFirst().map(trials::indexOf).orElse(-1);
        if (loading < 0) {
            return planned(item, kind, Certainty.NEEDS_REVIEW, "the block is no usable pattern: " + trials.get(0).detail(),
                    Optional.empty(), List.of());
        }
        Trial trial = trials.get(loading);
        String form = join(why, c.whys().get(loading));
        String note = "does not match " + root.get().path() + " (" + trial.status().get().label() + "): " + trial.detail();
        return planned(item, kind, Certainty.NEEDS_REVIEW, join(form, note), Optional.of(entry(item, c.edits().get(loading), true,
                notes(item, join(form, "NEEDS REVIEW: " + note + uncomment())))), List.of());
    }

    private Planned found(DraftKind kind, Repeats.Item item, DraftEdit edit, Trial trial, String why) {
        String found = trial.status().get().label() + " at " + root.get().path() + ":" + trial.line();
        return planned(item, kind, Certainty.DRAFTED, join(join(why, found), damage(edit)),
                Optional.of(entry(item, edit, false, notes(item, join(why, damage(edit))))), List.of()).withTrial(trial);
    }

    /** An ADD that the file already has in an older form: the replace of that code, for review. */
    private List<Planned> olderForms(List<Planned> planned) {
        if (root.isEmpty()) {
            return planned;
        }
        List<Planned> out = new ArrayList<>();
        for (Planned p : planned) {
            out.add(p.applied() && p.entry().get().edit() instanceof DraftEdit.Insert insert
                    ? olderForm(p, insert, excluded(planned, p)).orElse(p) : p);
        }
        return out;
    }

    private Optional<Planned> olderForm(Planned p, DraftEdit.Insert insert, List<int[]> excluded) {
        List<OlderForm.Candidate> found = OlderForm.find(root.get(), insert.code(), excluded);
        if (found.size() > 1) {
            return Optional.of(p.reviewed("the guide adds this code, but the file already does it in an older form at "
                    + found.stream().map(c -> place(c)).reduce((a, b) -> a + ", " + b).orElse("")
                    + ": which one the guide means cannot be told, and adding would do it twice", Optional.empty()));
        }
        return found.stream().findFirst().map(c -> replacing(p, insert, c));
    }

    /** The ADD as the replace of its one older form, for review. */
    private Planned replacing(Planned p, DraftEdit.Insert insert, OlderForm.Candidate c) {
        String old = root.get().wholeLines(c.start(), c.end());
        DraftEdit.Replace replace = new DraftEdit.Replace(old, insert.code());
        Trial trial = Trial.of(shell, new RecipeDraft.Entry(p.citation(), List.of(), replace, false), root.get());
        String note = "the guide adds this code, but " + place(c) + " already does it in an older form ("
                + Math.round(c.score() * 100) + "% alike): adding would do it twice; replacing that code is the likely meaning"
                + " (a commented-out replace, " + trial.status().map(EditStatus::label).orElse("not loadable: " + trial.detail())
                + " when tried)";
        return p.reviewed(note, Optional.of(new RecipeDraft.Entry(p.citation(), List.of("NEEDS REVIEW: " + note + uncomment()),
                replace, true)));
    }

    /** path:line:col `first line of code` of a candidate. */
    private String place(OlderForm.Candidate c) {
        String old = root.get().wholeLines(c.start(), c.end());
        return root.get().place(c.start()) + " `" + old.lines().filter(l -> !GoText.comment(l)).findFirst().orElse("") + "`";
    }

    /** The code the section's other live edits replace or delete: never an older form of an ADD. */
    private List<int[]> excluded(List<Planned> planned, Planned self) {
        List<int[]> out = new ArrayList<>();
        for (Planned p : planned) {
            if (p != self && p.live()) {
                patternOf(p.entry().get().edit()).ifPresent(pattern -> {
                    for (Match m : root.get().matches(pattern)) {
                        out.add(new int[] {m.start(), m.end()});
                    }
                });
            }
        }
        return out;
    }

    private static Optional<String> patternOf(DraftEdit edit) {
        if (edit instanceof DraftEdit.Replace r) {
            return Optional.of(r.from());
        }
        if (edit instanceof DraftEdit.Delete d) {
            return Optional.of(d.pattern());
        }
        return edit instanceof DraftEdit.DeleteSection s ? Optional.of(s.through()) : Optional.empty();
    }

    private static Planned planned(Repeats.Item item, DraftKind kind, Certainty certainty, String note,
                                   Optional<RecipeDraft.Entry> entry, List<String> imports) {
        return new Planned(item.line(), item.heading(), item.citation(), kind, certainty, join(item.note(), note), entry, imports);
    }

    private static RecipeDraft.Entry entry(Repeats.Item item, DraftEdit edit, boolean review, List<String> notes) {
        return new RecipeDraft.Entry(item.citation(), notes, edit, review);
    }

    /** New code that kept lines with lost bytes (comments: code would have stopped the draft) says so. */
    private static String damage(DraftEdit edit) {
        String code = edit instanceof DraftEdit.Insert i ? i.code() : edit instanceof DraftEdit.Replace r ? r.to() : "";
        long lines = code.lines().filter(Damage::in).count();
        return lines == 0 ? "" : lines + " comment line(s) of the new code lost bytes in transit (U+FFFD): mend them before running";
    }

    private static List<String> notes(Repeats.Item item, String why) {
        return List.of(join(item.note(), why)).stream().filter(n -> !n.isEmpty()).toList();
    }

    private static String uncomment() {
        return ". To apply it, remove the \"# \" in column 3 of the lines below.";
    }

    static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }
}
