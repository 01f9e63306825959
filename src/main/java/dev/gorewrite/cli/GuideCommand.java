package dev.gorewrite.cli;

import dev.gorewrite.engine.FileOutcome;
import dev.gorewrite.engine.Migration;
import dev.gorewrite.golang.Utf8;
import dev.gorewrite.guide.GuideReport;
import dev.gorewrite.report.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "guide", mixinStandardHelpOptions = true, description = {
        "Read a Markdown migration guide, draft one recipe per file section, and report each step: its guide line, "
                + "heading, the drafted edit and how sure the draft is (drafted, needs review, manual). Damaged text "
                + "(UTF-8 read as a single-byte code page) is repaired first, and the report says how much.",
        "With ROOT: the drafts run on ROOT as a dry run; each step gets its status there (applied, already-applied, "
                + "failed with the nearest candidate, needs review, manual), each validation its check's result, "
                + "then the diff of everything that applies follows."},
        footer = {"", "Exit: 0 read (with ROOT: every Go step applies), 2 the guide could not be read or has no steps, "
                + "or -o refused, 3 with ROOT: some Go step does not apply (failed, no file, needs review)."})
final class GuideCommand implements Callable<Integer> {
    @ParentCommand
    GorewriteCommand parent;

    @Parameters(index = "0", paramLabel = "GUIDE", description = "The Markdown guide (GUIDE.md).")
    Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ROOT",
            description = "The tree to run the drafts on (a dry run: nothing is written).")
    Path root;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write the drafted recipe files into DIR (made if missing), for `run --recipes DIR`.")
    Path output;

    @Option(names = "--force", description = "With -o: replace drafted recipe files that are already in DIR.")
    boolean force;

    @Option(names = "--json", description = "Print one JSON document: steps (line, heading, kind, certainty, edit, "
            + "status, note, problems), checks and, with ROOT, the changed files' diffs.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (force && output == null) {
            parent.err.println("--force: only with -o DIR");
            return ExitCodes.USAGE;
        }
        if (root != null && !Files.isDirectory(root)) {
            parent.err.println(root + ": " + (Files.exists(root) ? "not a folder" : "no such folder"));
            return ExitCodes.USAGE;
        }
        Optional<GuideDrafts> drafts = drafts();
        if (drafts.isEmpty()) {
            return ExitCodes.USAGE;
        }
        if (output != null && !writeDrafts(drafts.get())) {
            return ExitCodes.USAGE;
        }
        return root == null ? report(drafts.get()) : run(drafts.get());
    }

    /** The guide read and drafted, or empty after saying why not (it has no steps, say). */
    private Optional<GuideDrafts> drafts() {
        Optional<GuideDrafts> drafts = GuideDrafts.load(file, Optional.ofNullable(root), parent.err);
        if (drafts.isPresent() && drafts.get().guide().stepCount() == 0) {
            if (!json) {
                GuideReport.lines(drafts.get().guide()).forEach(parent.out::println);
            }
            parent.err.println(file + ": no file sections or steps found (is it a migration guide?)");
            return Optional.empty();
        }
        return drafts;
    }

    private boolean writeDrafts(GuideDrafts drafts) {
        List<String> refused = DraftFiles.write(output, drafts.drafts().recipes(), force);
        refused.forEach(parent.err::println);
        if (refused.isEmpty()) {
            parent.err.println("wrote " + drafts.drafts().recipes().size() + " drafted recipe file(s) to " + output
                    + "; review them, then: gorewrite run --recipes " + output + " ROOT");
        }
        return refused.isEmpty();
    }

    /** Without ROOT: the guide as read, and the drafted edits. */
    private int report(GuideDrafts drafts) throws IOException {
        List<StepResult> steps = GuideResults.drafted(drafts);
        if (json) {
            GuideJson.write(parent.out, drafts.guide(), steps, Optional.empty(), List.of());
            return ExitCodes.OK;
        }
        GuideReport.lines(drafts.guide()).forEach(parent.out::println);
        parent.out.println();
        GuideText.lines(drafts.guide(), steps, Optional.empty()).forEach(parent.out::println);
        return ExitCodes.OK;
    }

    /** With ROOT: the drafts' dry run, each step's status, each check's result, then the diff. */
    private int run(GuideDrafts drafts) throws IOException {
        List<FileOutcome> outcomes = Migration.run(root, drafts.recipes(), false);
        List<StepResult> steps = GuideResults.onRoot(drafts, root, outcomes);
        Optional<List<CheckResult>> checks = Optional.of(GuideResults.checks(drafts, outcomes));
        if (json) {
            GuideJson.write(parent.out, drafts.guide(), steps, checks, outcomes);
        } else {
            GuideText.lines(drafts.guide(), steps, checks).forEach(parent.out::println);
            parent.out.println();
            for (FileOutcome f : outcomes) {
                parent.out.write(Utf8.encode(JsonReport.diff(f)));
            }
            parent.out.flush();
        }
        boolean blocked = steps.stream().anyMatch(s -> s.status().map(StepStatus::blocks).orElse(false));
        return blocked ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
