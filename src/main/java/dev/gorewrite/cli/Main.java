package dev.gorewrite.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import dev.gorewrite.recipe.RecipeCatalog;
import picocli.CommandLine;

/** Entry point: a thin shell over {@link #run}, which tests call with their own streams. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (GorewriteCommand.readsRecipes(args)) {
            // The built-in recipes are read on a second core while picocli builds its model on this one.
            RecipeCatalog.preloadBuiltIns();
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = GorewriteCommand.commandLine(out, err, args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("gorewrite: internal error: " + e);
            return ExitCodes.FAILED;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
