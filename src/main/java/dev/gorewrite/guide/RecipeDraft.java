package dev.gorewrite.guide;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A drafted recipe before it is text: {@code file} for a recipe of edits, {@code create} for one
 * that creates a file (recipe-level `create`, no files or edits), imports to add, edits (those for
 * review are written commented out), checks.
 */
record RecipeDraft(List<String> header, String id, String title, String guide, Optional<String> file,
                   Optional<Create> create, List<String> importsAdd, List<Entry> edits, List<CheckEntry> checks) {
    /** One `edits:` item; a {@code review} item is written commented out, after its notes. */
    record Entry(String guide, List<String> notes, DraftEdit edit, boolean review) {
        Entry {
            Objects.requireNonNull(guide, "guide");
            Objects.requireNonNull(edit, "edit");
            notes = List.copyOf(notes);
        }
    }

    /** One check: {@code kind} is present, absent or exactly-once; {@code code} its anchor's pattern. */
    record CheckEntry(String id, String says, String kind, String code, List<String> notes) {
        CheckEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(says, "says");
            Objects.requireNonNull(code, "code");
            notes = List.copyOf(notes);
            if (!List.of("present", "absent", "exactly-once").contains(kind)) {
                throw new IllegalArgumentException("check kind " + kind);
            }
        }
    }

    record Create(String path, String code) {
        Create {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(code, "code");
        }
    }

    RecipeDraft {
        header = List.copyOf(header);
        importsAdd = List.copyOf(importsAdd);
        edits = List.copyOf(edits);
        checks = List.copyOf(checks);
        if (file.isPresent() == create.isPresent()) {
            throw new IllegalArgumentException("a drafted recipe has files or a create, not both: " + id);
        }
    }

    /** Edits that run, i.e. not written for review. */
    long liveEdits() {
        return edits.stream().filter(e -> !e.review()).count();
    }

    /** Something the loader accepts: a create, a live edit, or a check. */
    boolean usable() {
        return create.isPresent() || liveEdits() > 0 || !checks.isEmpty();
    }

    RecipeDraft withEdits(List<Entry> only, List<CheckEntry> checks) {
        return new RecipeDraft(header, id, title, guide, file, create, importsAdd, only, checks);
    }

    RecipeDraft withImports(List<String> add) {
        return new RecipeDraft(header, id, title, guide, file, create, add, edits, checks);
    }

    String yaml() {
        YamlText y = new YamlText();
        header.forEach(h -> y.comment(0, h));
        y.scalar(0, "id", id);
        y.scalar(0, "title", title);
        y.scalar(0, "guide", guide);
        file.ifPresent(f -> y.raw(0, "files: [" + YamlText.quoted(f) + "]"));
        create.ifPresent(c -> writeCreate(y, c));
        if (!importsAdd.isEmpty()) {
            writeImports(y);
        }
        writeEdits(y);
        writeChecks(y);
        return y.text();
    }

    /**
     * The guide's imports under `add` (imported into every file the recipe changes), each with its
     * package name declared too, so that new code that uses it resolves to this path.
     */
    private void writeImports(YamlText y) {
        y.raw(0, "imports:");
        for (String spec : importsAdd) {
            packageName(spec).ifPresent(name -> y.scalar(2, name, spec.substring(spec.indexOf(' ') + 1)));
        }
        y.raw(2, "add: [" + String.join(", ", importsAdd.stream().map(YamlText::quoted).toList()) + "]");
    }

    /** The name code uses for an import spec: its own ("r example.com/retry"), or the path's last element. */
    static Optional<String> packageName(String spec) {
        String[] parts = spec.split(" ");
        if (parts.length == 2) {
            return parts[0].equals("_") || parts[0].equals(".") ? Optional.empty() : Optional.of(parts[0]);
        }
        String[] elements = spec.split("/");
        String last = elements[elements.length - 1];
        if (last.matches("v\\d+") && elements.length > 1) {
            last = elements[elements.length - 2];
        }
        String name = last.replaceFirst("^go-", "").replaceFirst("\\.v\\d+$", "").replaceFirst("[.-]go$", "");
        return name.matches("[a-z_][a-z0-9_]*") && !name.equals("add") && !name.equals("remove") ? Optional.of(name) : Optional.empty();
    }

    private static void writeCreate(YamlText y, Create c) {
        y.raw(0, "create:");
        y.scalar(2, "path", c.path());
        y.block(2, "code", c.code());
    }

    private void writeEdits(YamlText y) {
        if (edits.isEmpty()) {
            return;
        }
        if (liveEdits() > 0) {
            y.raw(0, "edits:");
        } else {
            y.comment(0, "edits:");
        }
        for (Entry e : edits) {
            y.raw(0, "");
            e.notes().forEach(n -> y.comment(2, n));
            y.commentedOut(e.review());
            y.scalar(2, "- guide", e.guide());
            e.edit().write(y, 4);
            y.commentedOut(false);
        }
    }

    private void writeChecks(YamlText y) {
        if (checks.isEmpty()) {
            return;
        }
        y.raw(0, "");
        y.raw(0, "checks:");
        for (CheckEntry c : checks) {
            c.notes().forEach(n -> y.comment(2, n));
            y.scalar(2, "- id", c.id());
            y.scalar(4, "says", c.says());
            new DraftAnchor.Code(c.code()).write(y, 4, c.kind());
        }
    }
}
