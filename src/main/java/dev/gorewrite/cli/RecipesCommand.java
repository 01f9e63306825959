package dev.gorewrite.cli;

import dev.gorewrite.recipe.EditStep;
import dev.gorewrite.recipe.Recipe;
import dev.gorewrite.recipe.RecipeException;
import dev.gorewrite.report.RecipesJson;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "recipes", mixinStandardHelpOptions = true, description = {"List the recipes: id, title, target files, and the guide sections each edit implements.",
        "With --recipes, only those (and the built-in ones --recipe names)."})
final class RecipesCommand implements Callable<Integer> {
    @ParentCommand
    GorewriteCommand parent;

    @Mixin
    RecipeOptions recipes = new RecipeOptions();

    @Option(names = "--json", description = "Print the recipes as one JSON document: id, title, guide, files, source, edits (guide, kind), checks.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintStream out = parent.out;
        List<Recipe> list;
        try {
            list = recipes.selected();
        } catch (RecipeException e) {
            e.problems().forEach(parent.err::println);
            return ExitCodes.USAGE;
        }
        if (json) {
            RecipesJson.write(out, list);
            return ExitCodes.OK;
        }
        for (Recipe r : list) {
            out.println(r.id());
            out.println("  title:   " + r.title());
            out.println("  guide:   " + r.guide());
            out.println("  files:   " + String.join(", ", r.files()));
            out.println("  source:  " + r.source());
            r.create().ifPresent(c -> out.println("  creates: " + c.path()));
            for (EditStep e : r.edits()) {
                out.println("  edit:    " + e.guide());
            }
            out.println("  checks:  " + r.checks().size());
        }
        return ExitCodes.OK;
    }
}
