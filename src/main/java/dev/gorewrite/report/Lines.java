package dev.gorewrite.report;

import java.util.ArrayList;
import java.util.List;

/** Splitting text into lines for diffing. */
final class Lines {

    private Lines() {}

    /**
     * The lines of {@code text}, each with its own terminator: "\r\n" stays whole so a CRLF file
     * diffs back to CRLF, and a last line without '\n' differs from the same line with one, which
     * is exactly the change a patch must record. Empty text has no lines.
     */
    static List<String> withTerminators(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }
}
