package dev.gorewrite.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of one run's outcomes, in one place, so that the table, the JSON report, the exit
 * code and the git branch never count them differently: files by status, the files where nothing
 * matched (not listed unless asked), edits by status, checks and their violations.
 *
 * @param checks     the distinct checks run, per file (a check that fails at three places is one check)
 * @param violated   the distinct checks that failed somewhere
 * @param violations every place a check failed
 */
public record RunSummary(int files, int changed, int unchanged, int failed, int unmatched,
        Map<EditStatus, Integer> edits, int checks, int violated, int violations) {
    public RunSummary {
        if (changed < 0 || unchanged < 0 || failed < 0 || changed + unchanged + failed != files) {
            throw new IllegalArgumentException("files " + files + " != " + changed + " changed + " + unchanged
                    + " unchanged + " + failed + " failed");
        }
        if (unmatched < 0 || unmatched > unchanged) {
            throw new IllegalArgumentException("unmatched " + unmatched + " of " + unchanged + " unchanged files");
        }
        if (violated > checks || violated > violations || violations > 0 && violated == 0) {
            throw new IllegalArgumentException(violations + " violations of " + violated + " of " + checks + " checks");
        }
        // Not new EnumMap<>(edits): that refuses an empty map that is not an EnumMap already.
        Map<EditStatus, Integer> copy = new EnumMap<>(EditStatus.class);
        copy.putAll(edits);
        edits = Collections.unmodifiableMap(copy);
    }

    public static RunSummary of(List<FileOutcome> outcomes) {
        int[] byStatus = new int[FileOutcome.Status.values().length];
        Map<EditStatus, Integer> edits = new EnumMap<>(EditStatus.class);
        int unmatched = 0;
        CheckCount checks = CheckCount.NONE;
        for (FileOutcome f : outcomes) {
            byStatus[f.status().ordinal()]++;
            unmatched += matched(f) ? 0 : 1;
            f.edits().forEach(e -> edits.merge(e.status(), 1, Integer::sum));
            checks = checks.plus(CheckCount.of(f.checks()));
        }
        return new RunSummary(outcomes.size(), byStatus[FileOutcome.Status.CHANGED.ordinal()],
                byStatus[FileOutcome.Status.UNCHANGED.ordinal()], byStatus[FileOutcome.Status.FAILED.ordinal()],
                unmatched, edits, checks.checks(), checks.violated(), checks.violations());
    }

    /** The checks of one file or more: distinct checks, distinct violated checks, violations. */
    private record CheckCount(int checks, int violated, int violations) {
        static final CheckCount NONE = new CheckCount(0, 0, 0);

        /**
         * One file's: the outcomes of one check are told apart by recipe and id (a check may fail
         * at several places); a file has a handful of checks, so lists will do.
         */
        static CheckCount of(List<CheckOutcome> outcomes) {
            List<String> seen = new ArrayList<>();
            List<String> violated = new ArrayList<>();
            int violations = 0;
            for (CheckOutcome c : outcomes) {
                String key = c.recipeId() + "\n" + c.id();
                addNew(seen, key);
                if (!c.passed()) {
                    addNew(violated, key);
                    violations++;
                }
            }
            return new CheckCount(seen.size(), violated.size(), violations);
        }

        private static void addNew(List<String> seen, String key) {
            if (!seen.contains(key)) {
                seen.add(key);
            }
        }

        CheckCount plus(CheckCount other) {
            return new CheckCount(checks + other.checks, violated + other.violated, violations + other.violations);
        }
    }

    /**
     * Whether something happened in the file worth listing: it changed or failed, a check failed,
     * or an edit found its code (applied, already applied, ambiguous, drifted, not applied in a
     * failed file). An optional edit that did not apply, or a deletion whose code is absent, matched nothing.
     */
    public static boolean matched(FileOutcome f) {
        if (f.status() != FileOutcome.Status.UNCHANGED) {
            return true;
        }
        return f.edits().stream().anyMatch(RunSummary::matched) || f.checks().stream().anyMatch(c -> !c.passed());
    }

    private static boolean matched(EditOutcome e) {
        // No default: a new status must be placed here (matched or not) when it is added.
        return switch (e.status()) {
            case APPLIED, ALREADY_APPLIED, AMBIGUOUS, DRIFTED, NOT_APPLIED -> true;
            case NOT_APPLICABLE, ABSENT -> false;
        };
    }

    /** The outcomes a report lists: every one if {@code all}, else those where something {@link #matched}. */
    public static List<FileOutcome> listed(List<FileOutcome> outcomes, boolean all) {
        return all ? outcomes : outcomes.stream().filter(RunSummary::matched).toList();
    }

    public boolean anyFailed() {
        return failed > 0;
    }

    public boolean anyChanged() {
        return changed > 0;
    }

    public int count(EditStatus status) {
        return edits.getOrDefault(status, 0);
    }
}
