package dev.gorewrite.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gorewrite.cli.Main;
import dev.gorewrite.cli.Tmux;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What `mvn package` generated from the command tree (src/build/java/CommandDocs.java): the shell
 * completion script and the man pages name every command and option there is, and bash completes
 * with the script. Run by `mvn verify` (failsafe), after the package phase made them.
 */
class CommandDocsIT {
    private static final Path COMPLETION = Path.of("target/gorewrite_completion");
    private static final Path MAN = Path.of("target/man");

    @BeforeAll
    static void generated() {
        assumeFalse(Boolean.getBoolean("docs.skip"), "built with -Ddocs.skip");
    }

    @Test
    void theCompletionScriptNamesEveryCommandAndOption() throws IOException {
        String script = Files.readString(COMPLETION, StandardCharsets.UTF_8);

        for (CommandSpec command : commands(true)) {
            assertThat(script).as(command.qualifiedName()).contains(" " + command.name());
            for (String option : optionNames(command)) {
                assertThat(script).as(command.qualifiedName() + " " + option).contains("'" + option + "'");
            }
        }
        assertThat(script).contains("(\"auto\" \"always\" \"never\") # --color values");
    }

    @Test
    void bashCompletesCommandsOptionsAndColourValues() throws Exception {
        assertThat(complete("gorewrite", "r")).isEqualTo("run recipes");
        assertThat(complete("gorewrite", "run", "--col")).isEqualTo("--color");
        assertThat(complete("gorewrite", "check", "--color", "")).isEqualTo("auto always never");
    }

    /** As a person uses it: Tab in an interactive bash, in a real terminal. */
    @Test
    void tabCompletesInBash(@TempDir Path dir) throws Exception {
        assumeTrue(Tmux.installed("tmux"), "tmux is not installed");
        try (Tmux bash = Tmux.start(dir)) {
            tabCompletes(bash, "source " + COMPLETION.toAbsolutePath(), "Tab", "Tab");
        }
    }

    /** The same script in zsh, loaded as README says (through bashcompinit); zsh lists at the first Tab. */
    @Test
    void tabCompletesInZsh(@TempDir Path dir) throws Exception {
        assumeTrue(Tmux.installed("tmux") && Tmux.installed("zsh"), "tmux or zsh is not installed");
        try (Tmux zsh = Tmux.start(dir, "zsh", "-f")) {
            tabCompletes(zsh, "autoload -U +X compinit && compinit -u; autoload -U +X bashcompinit && bashcompinit; "
                    + "source " + COMPLETION.toAbsolutePath(), "Tab");
        }
    }

    /** Loads the script with {@code load}, then completes a command and the values of --color. */
    private static void tabCompletes(Tmux shell, String load, String... listKeys) throws Exception {
        assertThat(shell.typeAndWait(load)).isZero();

        shell.type("gorewrite ch");
        shell.press("Tab");
        // capture-pane trims the blank completion adds after the word
        shell.waitFor(() -> shell.screen().contains("$ gorewrite check\n"));
        assertThat(shell.screen()).contains("$ gorewrite check\n");

        shell.type("--color ");
        shell.press(listKeys);
        shell.waitFor(() -> shell.screen().contains("never"));
        assertThat(shell.screen()).containsPattern("always +auto +never");
        shell.press("C-u");
    }

    @Test
    void theManPagesNameEveryCommandAndOption() throws IOException {
        String top = page("gorewrite");
        for (CommandSpec command : commands(false)) {
            String page = page(command.qualifiedName("-"));
            assertThat(page).as(command.qualifiedName()).startsWith("'\\\" t").contains(".TH \"" + command
                    .qualifiedName("-").toUpperCase(java.util.Locale.ROOT) + "\" \"1\"");
            assertThat(top).contains(".SH \"COMMANDS\"");
            if (command.parent() != null) {
                assertThat(top).as("gorewrite.1 lists " + command.name()).contains(".sp\n\\fB" + command.name() + "\\fP\n");
            }
            for (String option : optionNames(command)) {
                assertThat(page).as(command.qualifiedName() + " " + option).contains("\\fB" + option + "\\fP");
            }
        }
    }

    /** The words bash's completion function offers for {@code words} (the last one being typed). */
    private static String complete(String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append("'");
        }
        String line = String.join(" ", words);
        String script = "source " + COMPLETION + " 2>/dev/null; COMP_WORDS=(" + array + "); COMP_CWORD="
                + (words.length - 1) + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; "
                + "_complete_gorewrite 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", script).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    /** gorewrite and its subcommands (`help` has no page of its own: it is --help). */
    private static List<CommandSpec> commands(boolean withHelp) {
        CommandLine tree = Main.commandTree();
        List<CommandSpec> all = new ArrayList<>(List.of(tree.getCommandSpec()));
        tree.getSubcommands().forEach((name, sub) -> {
            if (withHelp || !name.equals("help")) {
                all.add(sub.getCommandSpec());
            }
        });
        return all;
    }

    private static List<String> optionNames(CommandSpec command) {
        return command.options().stream().map(OptionSpec::names).flatMap(java.util.Arrays::stream).toList();
    }

    /** A man page's troff with its hyphens unescaped (troff writes - as \-). */
    private static String page(String name) throws IOException {
        return Files.readString(MAN.resolve(name + ".1"), StandardCharsets.UTF_8).replace("\\-", "-");
    }
}
