package dev.gorewrite.engine;

import dev.gorewrite.edit.Edit;
import dev.gorewrite.format.Formatting;
import dev.gorewrite.golang.GoFile;
import dev.gorewrite.golang.Utf8;
import dev.gorewrite.pattern.MatchTooCostly;
import dev.gorewrite.recipe.FileCreation;
import dev.gorewrite.recipe.Recipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a recipe that creates a file: created when the path is free, already applied when
 * the file holds exactly that code, and refused when it holds anything else, since the recipe
 * cannot know what of it someone needs. The code is laid out by gofmt as an edit's code is, and the
 * recipe's checks run on the file as it would then be.
 */
public final class FileCreator {
    private FileCreator() {}

    /** The outcome for {@code recipe}'s new file, given what its path holds now (empty: nothing). */
    public static FileOutcome create(Recipe recipe, Optional<byte[]> existing) {
        FileCreation creation = recipe.create().orElseThrow(() -> new IllegalArgumentException(recipe.id()
                + " creates no file"));
        String path = creation.path();
        byte[] raw = Utf8.encode(creation.code());
        byte[] laidOut = Utf8.encode(Formatting.apply("", List.of(Edit.insert(0, creation.code()))));
        if (existing.isEmpty()) {
            return checked(recipe, path, new byte[0], laidOut, EditStatus.APPLIED, "new file");
        }
        byte[] now = existing.get();
        if (Arrays.equals(now, laidOut) || Arrays.equals(now, raw)) {
            return checked(recipe, path, now, now, EditStatus.ALREADY_APPLIED, "the file holds this code");
        }
        return otherContent(recipe, path, now);
    }

    /** A file that holds something else: refused, since the recipe cannot know what of it someone needs. */
    private static FileOutcome otherContent(Recipe recipe, String path, byte[] now) {
        EditOutcome drifted = new EditOutcome(recipe.id(), recipe.guide(), EditStatus.DRIFTED, 1,
                "the file exists with other content");
        return FileOutcome.failed(path, now, List.of(drifted), List.of(), List.of(new Problem(path, 1, 1,
                Problem.Kind.EDIT, "recipe " + recipe.id() + ": exists with other content; create does not"
                + " overwrite a file (remove it, or edit it with an edits recipe)")));
    }

    /** What the path under {@code root} holds: nothing, a regular file's bytes, or (thrown) why it cannot be read. */
    public static Optional<byte[]> onDisk(Path root, String path) throws IOException {
        Path file = root.resolve(path);
        if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(RegularFile.read(file));
    }

    /** Each creating recipe's outcome under the folder {@code root}. */
    public static List<FileOutcome> underRoot(Path root, List<Recipe> creating) {
        List<FileOutcome> out = new ArrayList<>();
        for (Recipe recipe : creating) {
            String path = recipe.create().orElseThrow().path();
            try {
                out.add(create(recipe, onDisk(root, path)));
            } catch (IOException e) {
                out.add(Migration.unreadable(path, "cannot read: " + dev.gorewrite.io.IoReason.of(e)));
            }
        }
        return out;
    }

    /**
     * The outcomes of a run's edited files and of its created ones, in path order. A file that one
     * recipe creates and another edits in the same run fails (left as it is, not created): which
     * comes first would decide what it holds. Create it in one run, edit it in the next.
     */
    public static List<FileOutcome> beside(List<FileOutcome> edited, List<FileOutcome> created) {
        java.util.Map<String, FileOutcome> byPath = new java.util.TreeMap<>();
        edited.forEach(f -> byPath.put(f.path(), f));
        for (FileOutcome c : created) {
            byPath.merge(c.path(), c, (e, mine) -> bothWays(e, mine));
        }
        return List.copyOf(byPath.values());
    }

    private static FileOutcome bothWays(FileOutcome edited, FileOutcome created) {
        List<EditOutcome> edits = new ArrayList<>(edited.edits());
        edits.addAll(created.edits());
        String creator = created.edits().isEmpty() ? "a recipe" : "recipe " + created.edits().get(0).recipeId();
        return FileOutcome.failed(edited.path(), edited.before(), edits.stream().map(EditOutcome::heldBack).toList(),
                edited.checks(), List.of(Problem.of(edited.path(), Problem.Kind.EDIT, creator + " creates this file and"
                        + " other recipes edit it in the same run; left as it is: create it in one run, then edit it in a run without"
                        + " the recipe that creates it")));
    }

    /** The outcome with the recipe's checks run on {@code after}; a failed check fails the file. */
    private static FileOutcome checked(Recipe recipe, String path, byte[] before, byte[] after, EditStatus status,
            String detail) {
        List<EditOutcome> edits = List.of(new EditOutcome(recipe.id(), recipe.guide(), status, 1, detail));
        try {
            List<CheckOutcome> checks = CheckRunner.run(recipe, new Locator(GoFile.parse(path, after)),
                    status == EditStatus.APPLIED);
            List<Problem> failures = Rewriter.failedChecks(path, checks);
            if (!failures.isEmpty()) {
                return FileOutcome.failed(path, before, edits.stream().map(EditOutcome::heldBack).toList(), checks, failures);
            }
            boolean created = status == EditStatus.APPLIED;
            return new FileOutcome(path, created ? FileOutcome.Status.CHANGED : FileOutcome.Status.UNCHANGED, before,
                    after, edits, checks, List.of(), created);
        } catch (MatchTooCostly e) {
            return FileOutcome.failed(path, before, List.of(), List.of(), List.of(Problem.of(path, Problem.Kind.TOO_COSTLY,
                    e.getMessage())));
        }
    }
}
