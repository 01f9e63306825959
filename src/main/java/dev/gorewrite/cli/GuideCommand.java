package dev.gorewrite.cli;

import dev.gorewrite.guide.Guide;
import dev.gorewrite.guide.GuideReader;
import dev.gorewrite.guide.GuideReport;
import dev.gorewrite.io.IoReason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "guide", mixinStandardHelpOptions = true, description = {
        "Read a Markdown migration guide and report its steps: per file section, each step's guide line, heading, "
                + "location, labelled blocks, and the kind of edit it would become (replace, insert, delete, "
                + "delete-declaration, delete-section, new file, repeat, manual). Damaged text (UTF-8 read as a "
                + "single-byte code page) is repaired first, and the report says how much.",
        "First slice: reads and reports; drafting comes next."},
        footer = {"", "Exit: 0 read, 2 the guide could not be read or has no steps."})
final class GuideCommand implements Callable<Integer> {
    @ParentCommand
    GorewriteCommand parent;

    @Parameters(index = "0", paramLabel = "GUIDE", description = "The Markdown guide (GUIDE.md).")
    Path file;

    @Override
    public Integer call() {
        Guide guide;
        try {
            guide = GuideReader.read(file);
        } catch (IOException e) {
            parent.err.println(file + ": cannot read: " + IoReason.of(e));
            return ExitCodes.USAGE;
        }
        GuideReport.lines(guide).forEach(parent.out::println);
        if (guide.stepCount() == 0) {
            parent.err.println(file + ": no file sections or steps found (is it a migration guide?)");
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }
}
