package dev.gorewrite.git;

import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.RunSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The migration of a base commit's targets, done in memory: one outcome per target (paths relative
 * to ROOT), and notes about files that are not part of it.
 */
public final class TreeMigration {
    private final BaseCommit base;
    private final String rootInRepository;
    private final List<FileOutcome> outcomes;
    private final List<String> notes;
    final Map<String, TrackedTarget> targets;

    TreeMigration(BaseCommit base, String rootInRepository, List<FileOutcome> outcomes, List<String> notes,
            List<TrackedTarget> targets) {
        this.base = base;
        this.rootInRepository = rootInRepository;
        this.outcomes = List.copyOf(outcomes);
        this.notes = List.copyOf(notes);
        Map<String, TrackedTarget> byPath = new LinkedHashMap<>();
        targets.forEach(t -> byPath.put(t.path(), t));
        this.targets = byPath;
    }

    /** The same migration with other outcomes for its files (a build gate's) and more notes. */
    public TreeMigration with(List<FileOutcome> newOutcomes, List<String> moreNotes) {
        List<String> allNotes = new java.util.ArrayList<>(notes);
        allNotes.addAll(moreNotes);
        return new TreeMigration(base, rootInRepository, newOutcomes, allNotes, List.copyOf(targets.values()));
    }

    public BaseCommit base() {
        return base;
    }

    /** ROOT's folder inside the repository, with '/'; "" when ROOT is the top of the working tree. */
    public String rootInRepository() {
        return rootInRepository;
    }

    public List<FileOutcome> outcomes() {
        return outcomes;
    }

    /** Targets on disk that the base commit does not track, so the branch cannot include them. */
    public List<String> notes() {
        return notes;
    }

    /** Some target could not be migrated: a branch would be a partial migration. */
    public boolean failed() {
        return RunSummary.of(outcomes).anyFailed();
    }

    public boolean changesAnything() {
        return RunSummary.of(outcomes).anyChanged();
    }
}
