package dev.gorewrite.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "gorewrite", mixinStandardHelpOptions = true, version = "gorewrite 0.1.0",
        description = "Recipe-driven rewriting of Go source code.")
final class GorewriteCommand implements Runnable {
    /** The subcommands, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();
    /** The subcommands that read recipes. */
    private static final Set<String> RECIPE_COMMANDS = Set.of("run", "check", "recipes");

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("run", RunCommand::new);
        all.put("check", CheckCommand::new);
        all.put("recipes", RecipesCommand::new);
        all.put("parse", ParseCommand::new);
        all.put("test", TestCommand::new);
        all.put("guide", GuideCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        return all;
    }

    /** Whether {@code args} run a command that reads recipes (so that they may be read ahead). */
    static boolean readsRecipes(String... args) {
        return args.length > 0 && RECIPE_COMMANDS.contains(args[0]);
    }

    /**
     * The command line for {@code args}. picocli builds the model of every subcommand it is given,
     * by reflection (a tenth of a second on a cold JVM for all of them), so when {@code args}
     * start with a subcommand other than help, only that one is added: nothing else could run.
     */
    static CommandLine commandLine(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new GorewriteCommand(out, err));
        String first = args.length > 0 ? args[0] : "";
        boolean one = SUBCOMMANDS.containsKey(first) && !first.equals("help");
        SUBCOMMANDS.forEach((name, command) -> {
            if (!one || name.equals(first)) {
                cli.addSubcommand(name, command.get());
            }
        });
        return cli;
    }

    final PrintStream out;
    final PrintStream err;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Given before or after the subcommand (inherited): `gorewrite run --color=never` reads naturally. */
    @CommandLine.Option(names = "--color", paramLabel = "WHEN", scope = CommandLine.ScopeType.INHERIT,
            completionCandidates = ColourMode.Names.class, converter = ColourMode.Converter.class,
            description = "Colour the status table: auto (when stderr is a terminal and NO_COLOR is not set), "
                    + "always, or never. Default: auto.")
    ColourMode colour = ColourMode.AUTO;

    GorewriteCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
