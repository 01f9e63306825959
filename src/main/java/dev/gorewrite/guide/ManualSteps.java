package dev.gorewrite.guide;

import java.util.List;
import java.util.stream.Collectors;

/** Why a step is left to a person: no file named, a block that is not Go, or blocks that make no edit. */
final class ManualSteps {
    private ManualSteps() {
    }

    static String why(FileSection section, Step.Change step) {
        List<Block> blocks = step.blocks();
        if (blocks.isEmpty()) {
            return "the step shows no code block";
        }
        String others = blocks.stream().filter(b -> !b.go())
                .map(b -> (b.language().isEmpty() ? "unmarked" : b.language()) + " (line " + b.line() + ")")
                .distinct().collect(Collectors.joining(", "));
        if (!others.isEmpty()) {
            return "not Go: " + others + " block(s)" + (section.file().isEmpty() ? "; and no file named" : "") + ": do it by hand";
        }
        if (section.file().isEmpty()) {
            return "no file named (\"" + section.title() + "\"): do it by hand";
        }
        return "the labels " + blocks.stream().map(b -> b.label().describe()).collect(Collectors.joining(", "))
                + " make no edit gorewrite knows: do it by hand";
    }
}
