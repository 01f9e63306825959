package dev.gorewrite.cli;

/** Whether output goes to a person: colour and progress only on a terminal, colour never with NO_COLOR (no-color.org). */
final class Terminal {
    private Terminal() {}

    static boolean interactive() {
        return System.console() != null;
    }

    static boolean colour() {
        String noColor = System.getenv("NO_COLOR");
        return interactive() && (noColor == null || noColor.isEmpty());
    }
}
