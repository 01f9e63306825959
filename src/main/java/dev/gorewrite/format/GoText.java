package dev.gorewrite.format;

import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Go file's text as gofmt sees it (lines without their ends, no BOM) and as it is kept (each
 * line's own end, the BOM): gofmt writes LF without a BOM, and a CRLF file must stay CRLF.
 */
record GoText(boolean bom, List<String> lines, List<String> ends, String newline) {
    private static final char BOM = '\uFEFF';

    GoText {
        lines = List.copyOf(lines);
        ends = List.copyOf(ends);
        if (lines.size() != ends.size()) {
            throw new IllegalArgumentException(lines.size() + " lines but " + ends.size() + " line ends");
        }
    }

    static GoText of(String text) {
        boolean bom = !text.isEmpty() && text.charAt(0) == BOM;
        String body = bom ? text.substring(1) : text;
        List<String> lines = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        int from = 0;
        while (from < body.length()) {
            int nl = body.indexOf('\n', from);
            int next = nl < 0 ? body.length() : nl + 1;
            int contentEnd = nl < 0 ? next : (nl > from && body.charAt(nl - 1) == '\r' ? nl - 1 : nl);
            lines.add(body.substring(from, contentEnd));
            ends.add(body.substring(contentEnd, next));
            from = next;
        }
        String newline = ends.isEmpty() || !ends.get(0).equals("\r\n") ? "\n" : "\r\n";
        return new GoText(bom, lines, ends, newline);
    }

    /**
     * Whether gofmt can take the text: the decoder stands a byte that is not UTF-8 for a lone
     * surrogate, which gofmt would refuse (illegal UTF-8) or could not give back byte for byte.
     */
    static boolean formattable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** gofmt's output as lines, without their LF ends. */
    static List<String> split(String laidOut) {
        String body = laidOut.endsWith("\n") ? laidOut.substring(0, laidOut.length() - 1) : laidOut;
        return body.isEmpty() ? List.of() : Arrays.asList(body.split("\n", -1));
    }

    /**
     * The text as gofmt takes it: the same string when it is already so (LF ends, a final one, no
     * BOM), as Go files mostly are, so that neither it nor gofmt's answer need be split into lines.
     */
    static String forGofmt(String text) {
        boolean plain = text.endsWith("\n") && text.indexOf('\r') < 0 && text.charAt(0) != BOM;
        return plain ? text : of(text).forGofmt();
    }

    String forGofmt() {
        return String.join("\n", lines) + "\n";
    }

    /** The text with gofmt's chosen changes: their lines end as the file's do, every other line keeps its bytes. */
    String with(List<AbstractDelta<String>> deltas) {
        StringBuilder out = new StringBuilder(bom ? String.valueOf(BOM) : "");
        int copied = 0;
        for (AbstractDelta<String> d : deltas) {
            copy(out, copied, d.getSource().getPosition());
            for (String line : d.getTarget().getLines()) {
                out.append(line).append(newline);
            }
            copied = d.getSource().getPosition() + d.getSource().size();
        }
        boolean lastLineReplaced = copied == lines.size() && !deltas.isEmpty();
        copy(out, copied, lines.size());
        if (lastLineReplaced && !ends.isEmpty() && ends.get(ends.size() - 1).isEmpty() && out.length() > 0) {
            out.setLength(out.length() - newline.length()); // the file had no final line end; gofmt's line keeps none either
        }
        return out.toString();
    }

    private void copy(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            out.append(lines.get(i)).append(ends.get(i));
        }
    }
}
