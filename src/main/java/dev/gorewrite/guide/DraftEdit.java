package dev.gorewrite.guide;

import java.util.Objects;

/** One drafted edit of a recipe, in the five kinds of recipes/FORMAT.md; it writes itself as YAML. */
sealed interface DraftEdit {
    record Replace(String from, String to) implements DraftEdit {
        public Replace {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public void write(YamlText yaml, int indent) {
            yaml.raw(indent, "replace:");
            code(yaml, indent + 2, "from", from);
            code(yaml, indent + 2, "to", to);
        }
    }

    record Insert(DraftAnchor anchor, boolean before, String code) implements DraftEdit {
        public Insert {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(code, "code");
        }

        @Override
        public void write(YamlText yaml, int indent) {
            yaml.raw(indent, "insert:");
            anchor.write(yaml, indent + 2, before ? "before" : "after");
            yaml.block(indent + 2, "code", code);
            if (oneLine()) {
                yaml.raw(indent + 2, "separate: false");
            }
        }

        /** One line joins the code around it; a block of several (a phase with its banner) stands apart. */
        boolean oneLine() {
            return code.strip().lines().count() == 1;
        }
    }

    record Delete(String pattern) implements DraftEdit {
        public Delete {
            Objects.requireNonNull(pattern, "pattern");
        }

        @Override
        public void write(YamlText yaml, int indent) {
            code(yaml, indent, "delete", pattern);
        }
    }

    record DeleteSection(DraftAnchor from, String through) implements DraftEdit {
        public DeleteSection {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(through, "through");
        }

        @Override
        public void write(YamlText yaml, int indent) {
            yaml.raw(indent, "delete-section:");
            from.write(yaml, indent + 2, "from");
            code(yaml, indent + 2, "through", through);
        }
    }

    record DeleteDeclaration(String name) implements DraftEdit {
        public DeleteDeclaration {
            if (!Objects.requireNonNull(name, "name").matches("[\\p{L}_][\\p{L}\\p{N}_]*")) {
                throw new IllegalArgumentException("not a Go name: " + name);
            }
        }

        @Override
        public void write(YamlText yaml, int indent) {
            yaml.scalar(indent, "delete-declaration", name);
        }
    }

    /** The edit's key and value lines at {@code indent} (after `guide:`). */
    void write(YamlText yaml, int indent);

    /** One line of code as a quoted scalar, several as a block scalar. */
    private static void code(YamlText yaml, int indent, String key, String code) {
        if (code.strip().contains("\n")) {
            yaml.block(indent, key, code);
        } else {
            yaml.scalar(indent, key, code.strip());
        }
    }
}
