package dev.gorewrite.cli;

import dev.gorewrite.recipe.RecipeCatalog;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Entry point: a thin shell over {@link #run}, which tests call with their own streams. What
 * reaches stderr is always {@link EscapingOutputStream escaped}; stdout only when it is a
 * terminal, so that a diff written to a file or a pipe stays byte-exact.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (GorewriteCommand.readsRecipes(args)) {
            // The built-in recipes are read on a second core while picocli builds its model on this one.
            RecipeCatalog.preloadBuiltIns();
        }
        int code = run(new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
                Terminal.detect(), args);
        System.exit(code);
    }

    /**
     * The whole command tree, every subcommand and option, printing nowhere: what the build
     * generates shell completion and the man pages from (src/build/java/CommandDocs.java).
     */
    public static CommandLine commandTree() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        return GorewriteCommand.commandLine(nowhere, nowhere);
    }

    /** As a user would run it in a pipe: neither stream a terminal. */
    public static int run(OutputStream out, OutputStream err, String... args) {
        return run(out, err, Terminal.NONE, args);
    }

    static int run(OutputStream stdout, OutputStream stderr, Terminal terminal, String... args) {
        boolean json = JsonErrors.requested(args);
        TerminalStream out = terminal.stdout() ? TerminalStream.escaping(stdout, true, false) : TerminalStream.exact(stdout);
        TerminalStream err = TerminalStream.escaping(stderr, terminal.stderr(), json);
        int code = execute(out, err, terminal, args);
        return finish(code, out, err, json ? Optional.of(JsonErrors.command(args)) : Optional.empty());
    }

    private static int execute(TerminalStream out, TerminalStream err, Terminal terminal, String... args) {
        CommandLine cli = GorewriteCommand.commandLine(out, err, args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setParameterExceptionHandler(new UsageErrors(err));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> crash(err, e));
        cli.setExecutionStrategy(parsed -> {
            err.colour(cli.<GorewriteCommand>getCommand().colour.paints(terminal));
            return new CommandLine.RunLast().execute(parsed);
        });
        return cli.execute(args);
    }

    /**
     * Exit 3 when stdout could not be written (a full disk, a closed pipe): the output is
     * incomplete, whatever the command thought. With --json, an error that left stdout empty
     * still gives a JSON document ({@link JsonErrors}).
     */
    private static int finish(int code, TerminalStream out, TerminalStream err, Optional<String> jsonCommand) {
        if (jsonCommand.isPresent() && code >= ExitCodes.USAGE && !out.wroteAnything()) {
            try {
                JsonErrors.write(out, jsonCommand.get(), code, err.lines());
            } catch (IOException e) {
                // Reported below, as any failed write on stdout.
            }
        }
        Optional<String> failure = out.failure();
        failure.ifPresent(reason -> err.println("gorewrite: cannot write the output to stdout: " + reason));
        err.flush();
        return failure.isPresent() ? ExitCodes.FAILED : code;
    }

    /** A bug: said as one, with where it happened, for the report. */
    private static int crash(TerminalStream err, Exception e) {
        String what = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        err.println("gorewrite: internal error (a bug in gorewrite; please report it with these lines): " + what);
        for (StackTraceElement frame : e.getStackTrace()) {
            err.println("    at " + frame);
        }
        return ExitCodes.FAILED;
    }
}
