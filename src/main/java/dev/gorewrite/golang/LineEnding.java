package dev.gorewrite.golang;

/** How the lines of a file end; inserted code takes the file's own style. */
public enum LineEnding {
    LF("\n"),
    CRLF("\r\n"),
    MIXED("\n"),
    NONE("\n");

    private final String separator;

    LineEnding(String separator) {
        this.separator = separator;
    }

    /** The separator inserted lines should use (LF where the file has no single style). */
    public String separator() {
        return separator;
    }

    public static LineEnding of(CharSequence text) {
        if (text instanceof String s && s.indexOf('\r') < 0) {
            return s.indexOf('\n') < 0 ? NONE : LF; // the common case, told by indexOf, far faster than a loop
        }
        boolean lf = false;
        boolean crlf = false;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (i > 0 && text.charAt(i - 1) == '\r') {
                    crlf = true;
                } else {
                    lf = true;
                }
            }
        }
        if (lf && crlf) {
            return MIXED;
        }
        return crlf ? CRLF : lf ? LF : NONE;
    }
}
