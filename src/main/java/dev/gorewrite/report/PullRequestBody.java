package dev.gorewrite.report;

import dev.gorewrite.engine.CheckOutcome;
import dev.gorewrite.engine.EditOutcome;
import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.recipe.Recipe;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The Markdown description of a migration's pull request: the guide, per service a table of its
 * edits and their statuses and a table of its checks with the place each holds, and how to
 * reproduce the branch. Paths are relative to the repository.
 */
public final class PullRequestBody {
    /** Where the migration went, and the commands that redo it (each run from the repository's top). */
    public record Facts(String branch, String commitId, String baseLabel, String baseId, String rootInRepository,
            List<String> dryRunCommand, List<String> branchCommand) {
        public Facts {
            Objects.requireNonNull(branch, "branch");
            Objects.requireNonNull(commitId, "commitId");
            Objects.requireNonNull(baseLabel, "baseLabel");
            Objects.requireNonNull(baseId, "baseId");
            Objects.requireNonNull(rootInRepository, "rootInRepository");
            dryRunCommand = List.copyOf(dryRunCommand);
            branchCommand = List.copyOf(branchCommand);
        }
    }

    private PullRequestBody() {}

    public static String render(List<Recipe> recipes, List<FileOutcome> outcomes, Facts facts) {
        List<FileOutcome> changed = ChangeDescription.changed(outcomes);
        List<Recipe> used = ChangeDescription.changing(recipes, outcomes);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(ChangeDescription.title(recipes, outcomes)).append("\n\n");
        out.append("Migrates ").append(changed.size()).append(changed.size() == 1 ? " file" : " files")
                .append(" following **").append(used.stream().map(ChangeDescription::guide).distinct()
                        .collect(Collectors.joining("**, **"))).append("**.\n\n");
        out.append("Made by gorewrite: branch `").append(facts.branch()).append("`, one commit `")
                .append(shortId(facts.commitId())).append("` on `").append(facts.baseLabel()).append("` (`")
                .append(shortId(facts.baseId())).append("`). Each file was migrated completely or not at all: ")
                .append("every required edit matched exactly once, the result parses, and every check below holds. Edit lines "
                + "are those of the original file, check lines those of the result.\n");
        for (Recipe recipe : used) {
            service(out, recipe, changed, facts.rootInRepository());
        }
        out.append("\n## How to reproduce\n\n");
        out.append("From the repository's top folder, on `").append(facts.baseLabel()).append("`:\n\n```sh\n");
        out.append("# dry run: the same changes as a unified diff, nothing written\n");
        out.append(String.join(" ", facts.dryRunCommand())).append('\n');
        out.append("# this branch (a second run finds it already there and changes nothing)\n");
        out.append(String.join(" ", facts.branchCommand())).append("\n```\n");
        return out.toString();
    }

    private static void service(StringBuilder out, Recipe recipe, List<FileOutcome> changed, String rootInRepository) {
        out.append("\n## ").append(ChangeDescription.service(recipe)).append("\n\n");
        out.append("Recipe `").append(recipe.id()).append('`');
        String section = recipe.guide().substring(ChangeDescription.guide(recipe).length()).replaceFirst("^[,\\s]+", "");
        if (!section.isEmpty()) {
            out.append(", guide section *").append(cell(section)).append('*');
        }
        out.append(".\n");
        for (FileOutcome f : changed) {
            List<EditOutcome> edits = f.edits().stream().filter(e -> e.recipeId().equals(recipe.id())).toList();
            if (edits.isEmpty()) {
                continue;
            }
            String path = ChangeDescription.repoPath(rootInRepository, f.path());
            out.append("\n### `").append(path).append("`\n\n");
            out.append("| edit | status | line |\n|---|---|---|\n");
            for (EditOutcome e : edits) {
                out.append("| ").append(cell(e.guide())).append(" | ").append(e.status().label()).append(" | ")
                        .append(e.line() > 0 ? String.valueOf(e.line()) : "").append(" |\n");
            }
            out.append("\n| check | holds at |\n|---|---|\n");
            for (CheckOutcome c : f.checks()) {
                if (c.recipeId().equals(recipe.id())) {
                    out.append("| ").append(cell(c.says())).append(" | ")
                            .append(!c.passed() ? "does not hold: " + cell(c.message())
                                    : c.holdsEverywhere() ? "nowhere in `" + path + "`" : "`" + path + ":" + c.line() + "`")
                            .append(" |\n");
                }
            }
        }
    }

    /** Text that stays inside one Markdown table cell. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\R", " ");
    }

    private static String shortId(String id) {
        return id.length() > 7 ? id.substring(0, 7) : id;
    }
}
