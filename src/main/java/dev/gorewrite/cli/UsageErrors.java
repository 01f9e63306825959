package dev.gorewrite.cli;

import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a command line that cannot be parsed is answered: the problem in one line (for a mistyped
 * command, the close command it was probably meant to be, see {@link CommandSpelling}), then the
 * usage of the command concerned. Exit 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private final PrintStream err;

    UsageErrors(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        String unknown = unknownCommand(problem);
        if (unknown != null) {
            String hint = CommandSpelling.nearest(unknown, command.getSubcommands().keySet())
                    .map(name -> "; did you mean '" + name + "'?").orElse("; the commands are listed below");
            err.println("gorewrite: '" + unknown + "' is not a command" + hint);
        } else {
            err.println("gorewrite: " + problem.getMessage());
            UnmatchedArgumentException.printSuggestions(problem, err);
        }
        // The usage is gorewrite's own text, and not part of the error (--json's error document).
        command.usage(Terminal.raw(err), CommandLine.Help.Ansi.OFF);
        return ExitCodes.USAGE;
    }

    /** The word given as a command that is none, or null for any other problem. */
    private static String unknownCommand(ParameterException problem) {
        if (!(problem instanceof UnmatchedArgumentException unmatched)
                || problem.getCommandLine().getSubcommands().isEmpty()) {
            return null;
        }
        List<String> words = unmatched.getUnmatched();
        return words.isEmpty() || words.get(0).startsWith("-") ? null : words.get(0);
    }
}
