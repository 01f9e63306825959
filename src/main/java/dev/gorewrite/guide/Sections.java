package dev.gorewrite.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file sections being read, in order; the guide reader says what it met, this keeps the steps. */
final class Sections {
    private final List<FileSection> done = new ArrayList<>();
    private SectionDraft section;
    private StepDraft step;
    private Location pendingLocation = new Location.None();

    private static final class SectionDraft {
        final int line;
        final String title;
        Optional<String> file;
        final List<Step> steps = new ArrayList<>();

        SectionDraft(int line, String title, Optional<String> file) {
            this.line = line;
            this.title = title;
            this.file = file;
        }
    }

    private static final class StepDraft {
        final int line;
        final String heading;
        final boolean implicit;
        Location location;
        final List<Block> blocks = new ArrayList<>();

        StepDraft(int line, String heading, boolean implicit, Location location) {
            this.line = line;
            this.heading = heading;
            this.implicit = implicit;
            this.location = location;
        }
    }

    void file(int line, String title, GuideReader.FileRef ref) {
        endStep();
        if (section != null && section.file.isEmpty() && section.steps.isEmpty()) {
            section.file = ref.file();
        } else {
            endSection();
            section = new SectionDraft(line, title.isEmpty() ? ref.file().orElse("(no file)") : title, ref.file());
        }
        ref.line().ifPresent(n -> pendingLocation = new Location.Lines(n, n, false, "line " + n));
    }

    void step(int line, String heading, String title) {
        endStep();
        ensureSection(line, title);
        step = new StepDraft(line, heading, false, pendingLocation);
        pendingLocation = new Location.None();
    }

    void location(int line, String title, Location location) {
        if (step == null) {
            implicitStep(line, title);
        }
        step.location = location;
    }

    /** Without change headings, each old half or single block starts a step of its own. */
    void block(Block block, String title) {
        Label.Kind kind = block.label().kind();
        boolean starts = kind.old() || (!kind.replacement() && kind != Label.Kind.NONE);
        if (step == null || (step.implicit && starts && !step.blocks.isEmpty())) {
            implicitStep(block.line(), title);
        }
        step.blocks.add(block);
    }

    void sameAs(int line, String heading, String title, String name, int index, Optional<String> stated,
                List<String> codes) {
        endStep();
        ensureSection(line, title);
        section.steps.add(new Step.SameAs(line, heading, name, index, substitutions(name, stated), codes));
    }

    void endStep() {
        if (step != null) {
            section.steps.add(new Step.Change(step.line, step.heading, step.location, step.blocks));
            step = null;
        }
    }

    void endSection() {
        endStep();
        if (section != null && (!section.steps.isEmpty() || section.file.isPresent())) {
            done.add(new FileSection(section.line, section.title, section.file, section.steps));
        }
        section = null;
    }

    List<FileSection> finish() {
        endSection();
        return List.copyOf(done);
    }

    private void implicitStep(int line, String title) {
        endStep();
        ensureSection(line, title);
        step = new StepDraft(line, section.title, true, pendingLocation);
        pendingLocation = new Location.None();
    }

    private void ensureSection(int line, String title) {
        if (section == null) {
            section = new SectionDraft(line, title.isEmpty() ? "(no file)" : title, Optional.empty());
        }
    }

    /**
     * The referenced section's service name becomes this one's: stated by the guide ("with
     * `"signalprocessing"`") or taken from the two file names (gateway_e2e.go, signalprocessing_e2e.go).
     */
    private List<Step.Substitution> substitutions(String name, Optional<String> stated) {
        Optional<String> from = done.stream()
                .filter(s -> s.title().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))
                .flatMap(s -> s.file().stream()).findFirst().map(Sections::stem);
        Optional<String> to = stated.map(s -> s.replace("\"", "")).or(() -> section.file.map(Sections::stem));
        if (from.isEmpty() || to.isEmpty() || from.get().equals(to.get())) {
            return List.of();
        }
        return List.of(new Step.Substitution(from.get(), to.get(), stated.isPresent()));
    }

    /** gateway of test/infrastructure/gateway_e2e_hybrid.go. */
    private static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int end = name.indexOf('_') > 0 ? name.indexOf('_') : name.indexOf('.');
        return end > 0 ? name.substring(0, end) : name;
    }
}
