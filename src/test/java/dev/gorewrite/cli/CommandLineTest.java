package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** The command tree: help and version, and which subcommands picocli is given to build. */
class CommandLineTest {
    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void helpListsEveryCommandInOrder() {
        CliRunner r = CliRunner.run("--help");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).containsSubsequence("Usage: gorewrite", "Commands:", "  run ", "  check ",
                "  recipes ", "  parse ", "  help ");
    }

    @Test
    void noCommandIsAUsageErrorThatListsThem() {
        CliRunner r = CliRunner.run();

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).contains("a command is required").contains("  recipes ");
    }

    @Test
    void aMistypedCommandIsAUsageErrorThatNamesTheCloseOneAndListsThem() {
        CliRunner r = CliRunner.run("rnu", "examples");

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).startsWith("gorewrite: 'rnu' is not a command; did you mean 'run'?\n")
                .contains("  run ");
    }

    @Test
    void onlyACloseNameIsSuggested() {
        assertThat(firstLine("rnu")).isEqualTo("gorewrite: 'rnu' is not a command; did you mean 'run'?");
        assertThat(firstLine("chek")).isEqualTo("gorewrite: 'chek' is not a command; did you mean 'check'?");
        assertThat(firstLine("recipe")).isEqualTo("gorewrite: 'recipe' is not a command; did you mean 'recipes'?");
        assertThat(firstLine("xyz")).isEqualTo("gorewrite: 'xyz' is not a command; the commands are listed below");
        // Before, `test` (then no command) got "Did you mean: gorewrite recipes?", a command that does something else.
        assertThat(firstLine("tset")).isEqualTo("gorewrite: 'tset' is not a command; did you mean 'test'?");
        assertThat(firstLine("rm")).doesNotContain("did you mean");
    }

    private static String firstLine(String command) {
        CliRunner r = CliRunner.run(command);
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        return r.stderr().lines().findFirst().orElseThrow();
    }

    @Test
    void eachCommandHasItsOwnHelpBothWays() {
        for (String command : new String[] {"run", "check", "recipes", "parse"}) {
            CliRunner direct = CliRunner.run(command, "--help");
            CliRunner viaHelp = CliRunner.run("help", command);

            assertThat(direct.exit()).as(direct.toString()).isZero();
            assertThat(direct.out()).startsWith("Usage: gorewrite " + command);
            assertThat(viaHelp.exit()).as(viaHelp.toString()).isZero();
            assertThat(viaHelp.out()).isEqualTo(direct.out());
        }
    }

    @Test
    void versionIsPrinted() {
        CliRunner r = CliRunner.run("--version");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("gorewrite ");
    }

    @Test
    void recipesAreReadAheadOnlyForTheCommandsThatUseThem() {
        assertThat(GorewriteCommand.readsRecipes("run", ".")).isTrue();
        assertThat(GorewriteCommand.readsRecipes("check", ".")).isTrue();
        assertThat(GorewriteCommand.readsRecipes("recipes")).isTrue();
        assertThat(GorewriteCommand.readsRecipes("parse", ".")).isFalse();
        assertThat(GorewriteCommand.readsRecipes("--help")).isFalse();
        assertThat(GorewriteCommand.readsRecipes()).isFalse();
    }

    @Test
    void onlyTheCommandThatRunsIsBuilt() {
        assertThat(GorewriteCommand.commandLine(NOWHERE, NOWHERE, "run", ".").getSubcommands())
                .containsOnlyKeys("run");
        assertThat(GorewriteCommand.commandLine(NOWHERE, NOWHERE, "parse", "--stats").getSubcommands())
                .containsOnlyKeys("parse");
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "run"}, {"nosuch"}, {"-V"}}) {
            assertThat(GorewriteCommand.commandLine(NOWHERE, NOWHERE, args).getSubcommands().keySet())
                    .containsExactly("run", "check", "recipes", "parse", "test", "guide", "help");
        }
    }
}
