package dev.gorewrite.guide;

import java.util.ArrayList;
import java.util.List;

/** What a person does after reviewing a draft: uncomment the edits written for review. */
final class ReviewBlocks {
    private ReviewBlocks() {
    }

    /** Each commented-out list item ("  # - guide:" and the "  # " lines after it) uncommented; `# edits:` too. */
    static String uncomment(String yaml) {
        List<String> out = new ArrayList<>();
        boolean inBlock = false;
        for (String line : yaml.split("\n", -1)) {
            inBlock = line.startsWith("  # - guide:") || (inBlock && (line.startsWith("  # ") || line.equals("  #")));
            out.add(line.equals("# edits:") ? "edits:" : inBlock ? "  " + line.substring(line.equals("  #") ? 3 : 4) : line);
        }
        return String.join("\n", out);
    }
}
