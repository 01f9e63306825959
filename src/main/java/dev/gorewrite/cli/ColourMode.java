package dev.gorewrite.cli;

import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;

/** `--color=auto|always|never`: auto paints only when stderr is a terminal and NO_COLOR is not set. */
enum ColourMode {
    AUTO, ALWAYS, NEVER;

    /** The option overrides NO_COLOR, as no-color.org asks of command-line flags. */
    boolean paints(Terminal terminal) {
        return switch (this) {
            case AUTO -> terminal.stderr() && !terminal.noColor();
            case ALWAYS -> true;
            case NEVER -> false;
        };
    }

    /** Reads `auto`, `always`, `never` in any case, without the default locale (an 'i' is not always 'I'). */
    static final class Converter implements CommandLine.ITypeConverter<ColourMode> {
        @Override
        public ColourMode convert(String value) {
            for (ColourMode mode : values()) {
                if (mode.name().equalsIgnoreCase(value)) {
                    return mode;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not one of auto, always, never");
        }
    }

    /** The values as users type them, for help and shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("auto", "always", "never").iterator();
        }
    }
}
