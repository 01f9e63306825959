package dev.gorewrite.cli;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "gorewrite", mixinStandardHelpOptions = true, version = "gorewrite 0.1.0",
        description = "Recipe-driven rewriting of Go source code.",
        subcommands = {RunCommand.class, CheckCommand.class, RecipesCommand.class, ParseCommand.class,
                CommandLine.HelpCommand.class})
final class GorewriteCommand implements Runnable {
    final PrintStream out;
    final PrintStream err;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    GorewriteCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
