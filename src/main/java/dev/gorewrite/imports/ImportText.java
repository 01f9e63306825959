package dev.gorewrite.imports;

import dev.gorewrite.edit.Edit;
import dev.gorewrite.recipe.RecipeImports;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The text edit that adds or removes one import where gofmt and goimports would: whole lines, in
 * the file's line ending, leaving no doubled or dangling blank line; nothing outside the imports.
 */
final class ImportText {
    private ImportText() {}

    /** Removes the spec's line, or its whole declaration when it is the only spec; empty when it shares a line with other code. */
    static Optional<Edit> removal(FileImports imports, ImportSpec spec) {
        FileImports.Decl decl = imports.declOf(spec).orElseThrow();
        TextLines lines = new TextLines(imports.text());
        boolean whole = decl.specs().size() == 1;
        int from = whole ? decl.start() : spec.start();
        int to = whole ? decl.end() : spec.end();
        String after = lines.restOfLine(to).strip();
        if (!lines.text().substring(lines.startOf(from), from).isBlank() || !(after.isEmpty() || after.startsWith("//"))) {
            return Optional.empty();
        }
        int start = lines.startOf(from);
        int end = lines.endOf(to);
        int before = lines.previous(start);
        boolean blankBefore = before >= 0 && lines.isBlank(before);
        boolean closes = !whole && lines.restOfLine(end).strip().startsWith(")");
        if (blankBefore && (lines.isBlank(end) || closes || end == lines.text().length())) {
            start = before;
        } else if (!whole && before >= 0 && lines.restOfLine(before).strip().endsWith("(") && lines.isBlank(end)) {
            end = lines.endOf(end);
        }
        return Optional.of(Edit.delete(start, end));
    }

    static Edit addition(FileImports imports, RecipeImports.Spec spec) {
        TextLines lines = new TextLines(imports.text());
        String eol = imports.lineEnding().separator();
        if (imports.decls().isEmpty()) {
            int at = lines.endOf(imports.sectionEnd());
            String head = at == lines.text().length() && !lines.text().endsWith("\n") ? eol : "";
            String tail = lines.isBlank(at) || at == lines.text().length() ? "" : eol;
            return Edit.insert(at, head + eol + "import " + spec.goText() + eol + tail);
        }
        FileImports.Decl decl = imports.decls().stream().filter(FileImports.Decl::parenthesised).findFirst()
                .orElse(imports.decls().get(0));
        return decl.parenthesised() && !decl.specs().isEmpty() ? intoBlock(lines, decl, spec, eol)
                : asBlock(lines, decl, spec, eol);
    }

    /**
     * `import "a"` (or `import ()`) becomes a block holding both, sorted by path, the standard library's
     * first and other modules' in a group after it; a comment after the declaration stays on its spec's line.
     */
    private static Edit asBlock(TextLines lines, FileImports.Decl decl, RecipeImports.Spec spec, String eol) {
        List<String[]> entries = new ArrayList<>();
        entries.add(new String[] {spec.path(), spec.goText(), spec.name()});
        String rest = lines.restOfLine(decl.end());
        boolean comment = rest.strip().startsWith("//");
        for (ImportSpec old : decl.specs()) {
            entries.add(new String[] {old.path(), lines.text().substring(old.start(), old.end())
                    + (comment ? " " + rest.strip() : ""), old.name()});
        }
        entries.sort(Comparator.comparing((String[] e) -> !PackageNames.isStandard(e[0])).thenComparing(e -> e[0])
                .thenComparing(e -> e[2]));
        StringBuilder block = new StringBuilder("import (").append(eol);
        for (int i = 0; i < entries.size(); i++) {
            boolean newGroup = i > 0 && PackageNames.isStandard(entries.get(i - 1)[0]) != PackageNames.isStandard(entries.get(i)[0]);
            block.append(newGroup ? eol : "").append('\t').append(entries.get(i)[1]).append(eol);
        }
        return new Edit(decl.start(), decl.end() + (comment ? rest.length() : 0), block.append(")").toString());
    }

    /**
     * Into the block's first group for a standard package (a group of its own before it when that
     * one holds only other modules), else into its last group when that one holds other modules (a
     * group of its own after it otherwise); within the group before the first spec whose path sorts
     * after it, and before the comment lines right above that spec.
     */
    private static Edit intoBlock(TextLines lines, FileImports.Decl decl, RecipeImports.Spec spec, String eol) {
        List<List<ImportSpec>> groups = groups(lines, decl);
        List<ImportSpec> last = groups.get(groups.size() - 1);
        boolean standard = PackageNames.isStandard(spec.path());
        if (!standard && last.stream().allMatch(s -> PackageNames.isStandard(s.path()))) {
            ImportSpec tail = last.get(last.size() - 1);
            return Edit.insert(lines.endOf(tail.end()), eol + lines.indentOf(tail.start()) + spec.goText() + eol);
        }
        List<ImportSpec> first = groups.get(0);
        if (standard && first.stream().noneMatch(s -> PackageNames.isStandard(s.path()))) {
            ImportSpec head = first.get(0);
            return Edit.insert(aboveComments(lines, decl, head), lines.indentOf(head.start()) + spec.goText() + eol + eol);
        }
        List<ImportSpec> group = standard ? first : last;
        for (ImportSpec s : group) {
            if (sortsAfter(s, spec)) {
                return Edit.insert(aboveComments(lines, decl, s), lines.indentOf(s.start()) + spec.goText() + eol);
            }
        }
        ImportSpec tail = group.get(group.size() - 1);
        return Edit.insert(lines.endOf(tail.end()), lines.indentOf(tail.start()) + spec.goText() + eol);
    }

    /** gofmt orders a block's specs by path, then by name: `"fmt"` comes before `. "fmt"`. */
    private static boolean sortsAfter(ImportSpec old, RecipeImports.Spec spec) {
        int byPath = old.path().compareTo(spec.path());
        return byPath > 0 || byPath == 0 && old.name().compareTo(spec.name()) > 0;
    }

    /** The specs in runs that blank lines separate, as goimports groups them. */
    private static List<List<ImportSpec>> groups(TextLines lines, FileImports.Decl decl) {
        List<List<ImportSpec>> groups = new ArrayList<>();
        List<ImportSpec> current = new ArrayList<>();
        for (ImportSpec s : decl.specs()) {
            if (!current.isEmpty() && blankBetween(lines, current.get(current.size() - 1), s)) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(s);
        }
        groups.add(current);
        return groups;
    }

    private static boolean blankBetween(TextLines lines, ImportSpec a, ImportSpec b) {
        for (int line = lines.endOf(a.end()); line < lines.startOf(b.start()); line = lines.endOf(line)) {
            if (lines.isBlank(line)) {
                return true;
            }
        }
        return false;
    }

    /** The start of the spec's line, or of the comment lines right above it (its doc), inside the block. */
    private static int aboveComments(TextLines lines, FileImports.Decl decl, ImportSpec s) {
        int start = lines.startOf(s.start());
        int blockStart = lines.endOf(decl.open());
        while (lines.previous(start) >= blockStart && lines.isCommentOnly(lines.previous(start))) {
            start = lines.previous(start);
        }
        return start;
    }
}
