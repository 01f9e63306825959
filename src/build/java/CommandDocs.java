import dev.gorewrite.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step, run by `mvn package` (see pom.xml), with gorewrite's classes, picocli-codegen and
 * asciidoctorj on the class path: {@code java -cp ... src/build/java/CommandDocs.java OUT}.
 *
 * <p>Writes, from the command tree itself ({@link Main#commandTree}), so that they cannot drift
 * from the code:
 * <ul>
 * <li>{@code OUT/gorewrite_completion}: bash completion by picocli's {@link AutoComplete}; zsh
 *     reads it too (after {@code autoload -U +X bashcompinit && bashcompinit});
 * <li>{@code OUT/man/gorewrite.1} and {@code OUT/man/gorewrite-COMMAND.1}: man pages, written as
 *     AsciiDoc by picocli-codegen's {@link ManPageGenerator} ({@code OUT/man/adoc/}) and turned
 *     into troff by Asciidoctor's manpage backend.
 * </ul>
 */
public final class CommandDocs {
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CommandDocs OUTPUT_FOLDER");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        CommandLine tree = Main.commandTree();
        Files.writeString(out.resolve("gorewrite_completion"), AutoComplete.bash("gorewrite", tree),
                StandardCharsets.UTF_8);
        List<Path> pages = manPages(tree, out.resolve("man"));
        System.out.println("wrote " + out.resolve("gorewrite_completion") + " and " + pages.size() + " man pages in "
                + out.resolve("man"));
    }

    /** One page for gorewrite and one per subcommand (help aside: `gorewrite help` is `--help`). */
    private static List<Path> manPages(CommandLine tree, Path folder) throws IOException {
        Path adoc = Files.createDirectories(folder.resolve("adoc"));
        List<CommandSpec> specs = new ArrayList<>(List.of(tree.getCommandSpec()));
        tree.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                specs.add(sub.getCommandSpec());
            }
        });
        int status = ManPageGenerator.generateManPage(adoc.toFile(), null, new boolean[0], true,
                specs.toArray(CommandSpec[]::new));
        if (status != 0) {
            throw new IOException("ManPageGenerator failed with status " + status);
        }
        List<Path> pages = new ArrayList<>();
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            for (CommandSpec spec : specs) {
                String name = spec.qualifiedName("-");
                String source = Files.readString(adoc.resolve(name + ".adoc"), StandardCharsets.UTF_8);
                Options options = Options.builder().backend("manpage").standalone(true).safe(SafeMode.SAFE)
                        .attributes(org.asciidoctor.Attributes.builder().attributes(Map.of("reproducible", "")).build())
                        .build();
                Path page = folder.resolve(name + ".1");
                Files.writeString(page, asciidoctor.convert(source, options), StandardCharsets.UTF_8);
                pages.add(page);
            }
        }
        return pages;
    }
}
