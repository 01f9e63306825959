package dev.gorewrite.engine;

import dev.gorewrite.edit.Edit;
import dev.gorewrite.format.Formatting;
import dev.gorewrite.format.Pending;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.SyntaxError;
import dev.gorewrite.golang.Utf8;
import dev.gorewrite.imports.ImportFix;
import dev.gorewrite.imports.ImportForecast;
import dev.gorewrite.imports.NamesUsed;
import dev.gorewrite.pattern.MatchTooCostly;
import dev.gorewrite.pattern.SyntaxTree;
import dev.gorewrite.recipe.EditStep;
import dev.gorewrite.recipe.Recipe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Migrates one file with the recipes that target it: every edit of a recipe is planned on the
 * same text, then all are applied or none; the result must parse and pass the recipe's checks,
 * and running the recipes again on it must change nothing. Anything less leaves the file as it
 * was, with the reason, and no edit of it reported as applied.
 */
public final class Rewriter {
    /** One planned edit and the step it came from, to name both edits when two overlap. */
    private record Step(EditStep step, PlannedEdit planned) {}

    /** One text change and the step that wants it. */
    private record Change(Edit edit, EditStep step) {}

    private Rewriter() {}

    public static FileOutcome rewrite(String path, byte[] bytes, List<Recipe> recipes) {
        return rewriting(path, bytes, recipes).await();
    }

    /** {@link #rewrite(String, byte[], List)} as work that may wait for gofmt's layout (see {@link Pending}). */
    public static Pending<FileOutcome> rewriting(String path, byte[] bytes, List<Recipe> recipes) {
        return rewriting(SyntaxTree.parse(path, bytes), recipes);
    }

    /** {@link #rewrite(String, byte[], List)} of a file parsed already (the engine never changes a GoFile). */
    public static FileOutcome rewrite(GoFile file, List<Recipe> recipes) {
        return file.ok() ? rewriting(SyntaxTree.of(file), recipes).await() : unparsed(file);
    }

    private static FileOutcome unparsed(GoFile file) {
        return FileOutcome.failed(file.path(), file.bytes(), List.of(), List.of(), syntaxProblems(file, ""));
    }

    /** The file's tree is handed over to its {@link OneFile}, which lets it go once the edits' result replaces it. */
    private static Pending<FileOutcome> rewriting(SyntaxTree tree, List<Recipe> recipes) {
        if (!tree.file().ok()) {
            return Pending.ready(unparsed(tree.file()));
        }
        String path = tree.file().path();
        byte[] bytes = tree.file().bytes();
        OneFile file = new OneFile(path, bytes, new Locator(tree));
        tree = null; // held by the OneFile alone from here on
        return Pending.catching(MatchTooCostly.class, () -> run(file, recipes, 0).then(once -> {
            FileOutcome outcome = once.outcome();
            return outcome.status() == FileOutcome.Status.CHANGED ? idempotent(outcome, once.at, recipes)
                    : Pending.ready(outcome);
        }), e -> FileOutcome.failed(path, bytes, List.of(), List.of(), List.of(Problem.of(path, Problem.Kind.TOO_COSTLY,
                e.getMessage()))));
    }

    /**
     * The outcome, if a second run on its result changes nothing; a failure naming what changes
     * again otherwise. The second run starts from the result as the first left it, parsed.
     */
    private static Pending<FileOutcome> idempotent(FileOutcome once, Locator result, List<Recipe> recipes) {
        return run(new OneFile(once.path(), once.after(), result), recipes, 0).map(f -> sameAgain(once, f.outcome()));
    }

    private static FileOutcome sameAgain(FileOutcome once, FileOutcome again) {
        if (again.status() == FileOutcome.Status.UNCHANGED) {
            return once;
        }
        List<Problem> why = new ArrayList<>();
        for (EditOutcome e : again.edits()) {
            if (e.status() == EditStatus.APPLIED) {
                why.add(Problem.of(once.path(), Problem.Kind.NOT_IDEMPOTENT, "not idempotent: recipe " + e.recipeId()
                        + ", " + e.guide() + ": a second run on the result applies again at line " + e.line()
                        + "; the file is left as it is"));
            }
        }
        if (why.isEmpty()) {
            why.add(Problem.of(once.path(), Problem.Kind.NOT_IDEMPOTENT, "not idempotent: a second run on the result"
                    + " does not come out the same: " + String.join("; ", again.problems().stream().map(Problem::toString)
                    .toList())));
        }
        return failed(once.path(), once.before(), once.edits(), once.checks(), why);
    }

    /** Recipes {@code from} on applied in turn; the run stops at the first that fails the file. */
    private static Pending<OneFile> run(OneFile file, List<Recipe> recipes, int from) {
        if (from == recipes.size()) {
            return Pending.ready(file);
        }
        return file.apply(recipes.get(from)).then(ok -> ok ? run(file, recipes, from + 1) : Pending.ready(file));
    }

    /** One file as the recipes rewrite it, one after another: its current text, and what each edit and check said. */
    private static final class OneFile {
        private final String path;
        private final byte[] bytes;
        private final List<EditOutcome> edits = new ArrayList<>();
        private final List<CheckOutcome> checks = new ArrayList<>();
        private Locator at;
        /** The bytes of {@code at}'s text once a recipe changed it. */
        private byte[] after;
        private boolean changed;
        private List<Problem> problems = List.of();

        OneFile(String path, byte[] bytes, Locator at) {
            this.path = path;
            this.bytes = bytes;
            this.at = at;
        }

        /** Plans, applies and checks one recipe; false when that fails the file. */
        Pending<Boolean> apply(Recipe recipe) {
            return problemsOf(recipe).map(found -> {
                problems = found;
                return found.isEmpty();
            });
        }

        private Pending<List<Problem>> problemsOf(Recipe recipe) {
            List<Step> planned = plan(at, path, recipe, edits);
            List<Problem> problems = blocking(path, planned);
            if (problems.isEmpty()) {
                problems = overlaps(at, path, recipe, planned);
            }
            List<Edit> changes = new ArrayList<>();
            planned.forEach(s -> changes.addAll(s.planned().changes()));
            if (problems.isEmpty() && !changes.isEmpty()) {
                return rewrite(recipe, changes).map(found -> found.isEmpty() ? check(recipe, true) : found);
            }
            return Pending.ready(problems.isEmpty() ? check(recipe, false) : problems);
        }

        /**
         * The text changes applied (laid out by gofmt where it may), the imports made to follow, and
         * the result parsed. The file's tree and tokens are not needed past its edits (of its imports,
         * only the names its code uses): they are let go before gofmt is asked, so that files waiting
         * for gofmt hold only texts, and before the result is parsed, so that a large file's two
         * trees are never held at once. A result that fails ends the file.
         */
        private Pending<List<Problem>> rewrite(Recipe recipe, List<Edit> changes) {
            GoFile before = at.file();
            boolean lexed = ImportForecast.likelyChanged(before, changes, recipe);
            NamesUsed used = NamesUsed.of(before);
            String text = at.text();
            at = null;
            return Formatting.laying(text, changes).map(laid -> rewritten(recipe, used, lexed, Utf8.encode(laid)));
        }

        /**
         * Where the imports will likely change ({@code lexed}), they are worked out on the edited
         * text's tokens (a lex) and the result is parsed once; else the edited text is parsed, which
         * is then the result (parsed again only if its imports changed after all).
         */
        private List<Problem> rewritten(Recipe recipe, NamesUsed before, boolean lexed, byte[] edited) {
            SyntaxTree parsed = lexed ? null : SyntaxTree.parse(path, edited);
            GoFile editedFile = lexed ? GoFile.lex(path, edited) : parsed.file();
            if (!editedFile.ok()) {
                return notParsed(recipe, editedFile);
            }
            ImportFix imports = Imports.follow(before, editedFile, recipe, edits);
            if (imports instanceof ImportFix.Refused refused) {
                List<Problem> broken = lexed ? notParsed(recipe, GoFile.parse(path, edited)) : List.of();
                return broken.isEmpty() ? List.of(Imports.problem(path, refused)) : broken;
            }
            return adopt(recipe, edited, parsed, (ImportFix.Fixed) imports);
        }

        /**
         * The result made the file's current state, once it parses; {@code parsed} is the edited
         * text's parse, if made. Parsed as {@link SyntaxTree#parse} does, so that a large result,
         * like a large file as read, never holds ANTLR's whole tree.
         */
        private List<Problem> adopt(Recipe recipe, byte[] edited, SyntaxTree parsed, ImportFix.Fixed imports) {
            boolean same = imports.note().isEmpty();
            byte[] result = same ? edited : Utf8.encode(imports.text());
            SyntaxTree tree = same && parsed != null ? parsed : SyntaxTree.parse(path, result);
            GoFile file = tree.file();
            if (!file.ok()) {
                return same ? notParsed(recipe, file) : importsBroke(recipe, edited, file);
            }
            at = new Locator(tree);
            after = result;
            changed = true;
            return List.of();
        }

        /** Why the result of a recipe's edits does not parse; nothing when it does. */
        private List<Problem> notParsed(Recipe recipe, GoFile edited) {
            return syntaxProblems(edited, "result of recipe " + recipe.id() + " does not parse: ");
        }

        /**
         * The edits' result with its imports fixed does not parse: the edits' own result is told
         * when it does not parse either, else the import edit that broke it (an import edit only
         * moves whole import lines, so this is not expected to happen).
         */
        private List<Problem> importsBroke(Recipe recipe, byte[] edited, GoFile result) {
            List<Problem> broken = notParsed(recipe, GoFile.parse(path, edited));
            return broken.isEmpty() ? List.of(Problem.of(path, Problem.Kind.IMPORTS, "an import edit broke the file: "
                    + result.errors().get(0))) : broken;
        }

        private List<Problem> check(Recipe recipe, boolean changedByRecipe) {
            List<CheckOutcome> results = CheckRunner.run(recipe, at, changedByRecipe);
            checks.addAll(results);
            return failedChecks(path, results);
        }

        FileOutcome outcome() {
            if (!problems.isEmpty()) {
                return failed(path, bytes, edits, checks, problems);
            }
            byte[] after = changed ? this.after : bytes;
            FileOutcome.Status status = changed ? FileOutcome.Status.CHANGED : FileOutcome.Status.UNCHANGED;
            return new FileOutcome(path, status, bytes, after, edits, checks, List.of());
        }
    }

    private static List<Step> plan(Locator at, String path, Recipe recipe, List<EditOutcome> outcomes) {
        EditPlanner planner = new EditPlanner(at, path, recipe.id(), at.lineEnding().separator());
        List<Step> planned = new ArrayList<>();
        for (EditStep step : recipe.edits()) {
            PlannedEdit p = planner.plan(step);
            outcomes.add(p.outcome());
            planned.add(new Step(step, p));
        }
        return planned;
    }

    private static List<Problem> blocking(String path, List<Step> planned) {
        List<Problem> problems = new ArrayList<>();
        for (Step s : planned) {
            EditOutcome o = s.planned().outcome();
            if (o.status().blocksFile()) {
                problems.add(new Problem(path, o.line(), 0, Problem.Kind.EDIT, o.guide() + ": " + o.status().label() + ": "
                        + o.detail()));
            }
        }
        return problems;
    }

    /**
     * Two edits of one recipe that touch the same code cannot both be right: each is named with
     * the place it starts (an insertion at the very start of a replacement composes with it).
     */
    private static List<Problem> overlaps(Locator at, String path, Recipe recipe, List<Step> planned) {
        List<Change> all = new ArrayList<>();
        for (Step s : planned) {
            s.planned().changes().forEach(e -> all.add(new Change(e, s.step())));
        }
        all.sort(Comparator.comparingInt((Change c) -> c.edit().start()).thenComparingInt(c -> c.edit().end()));
        for (int i = 1; i < all.size(); i++) {
            Change a = all.get(i - 1);
            Change b = all.get(i);
            if (b.edit().start() < a.edit().end()) {
                EditOutcome.Place first = at.place(a.edit().start());
                return List.of(new Problem(path, first.line(), first.column(), Problem.Kind.OVERLAP, "recipe "
                        + recipe.id() + ": edits overlap: `" + a.step().guide() + "` at " + first + " and `"
                        + b.step().guide() + "` at " + at.place(b.edit().start()) + " change the same code"));
            }
        }
        return List.of();
    }

    /** Checks alone, on a file as it is (the `check` command). */
    public static FileOutcome check(String path, byte[] bytes, List<Recipe> recipes) {
        SyntaxTree tree = SyntaxTree.parse(path, bytes);
        if (!tree.file().ok()) {
            return unparsed(tree.file());
        }
        try {
            Locator at = new Locator(tree);
            List<CheckOutcome> checks = new ArrayList<>();
            for (Recipe recipe : recipes) {
                checks.addAll(CheckRunner.run(recipe, at, false));
            }
            return new FileOutcome(path, FileOutcome.Status.UNCHANGED, bytes, bytes, List.of(), checks, List.of());
        } catch (MatchTooCostly e) {
            return FileOutcome.failed(path, bytes, List.of(), List.of(), List.of(Problem.of(path, Problem.Kind.TOO_COSTLY,
                    e.getMessage())));
        }
    }

    /** A failed file: nothing was applied there, so no edit says it was. */
    private static FileOutcome failed(String path, byte[] bytes, List<EditOutcome> edits, List<CheckOutcome> checks,
            List<Problem> problems) {
        return FileOutcome.failed(path, bytes, edits.stream().map(EditOutcome::heldBack).toList(), checks, problems);
    }

    public static List<Problem> failedChecks(String path, List<CheckOutcome> results) {
        List<Problem> failures = new ArrayList<>();
        for (CheckOutcome c : results) {
            if (!c.passed()) {
                failures.add(new Problem(path, c.line(), 0, Problem.Kind.CHECK, c.id() + ": " + c.message()));
            }
        }
        return failures;
    }

    private static List<Problem> syntaxProblems(GoFile file, String prefix) {
        List<Problem> out = new ArrayList<>();
        for (SyntaxError e : file.errors()) {
            out.add(new Problem(e.path(), e.line(), e.column(), Problem.Kind.SYNTAX, prefix + e.message()));
        }
        return out;
    }
}
