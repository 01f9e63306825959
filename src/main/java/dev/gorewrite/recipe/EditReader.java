package dev.gorewrite.recipe;

import dev.gorewrite.pattern.Pattern;
import dev.gorewrite.pattern.PatternElement;
import dev.gorewrite.pattern.Where;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.Node;

/** Reads one item of a recipe's {@code edits} list into an {@link EditStep}. */
final class EditReader {
    private static final List<String> KINDS =
            List.of("replace", "insert", "delete", "delete-section", "delete-declaration");
    private static final List<String> KEYS = List.of("guide", "optional", "matches", "within", "inside", "not-inside",
            "where", "replace", "insert", "delete", "delete-section", "delete-declaration");
    private static final String GO_NAME = "[\\p{L}_][\\p{L}\\p{Nd}_]*";

    private EditReader() {
    }

    static Optional<EditStep> read(Node node, String path, Problems problems) {
        Optional<YamlMapping> read = YamlMapping.read(node, path, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping edit = read.get();
        edit.allowOnly(KEYS);
        Optional<String> guide = edit.text("guide");
        Optional<Boolean> optional = edit.bool("optional", false);
        Optional<Scope> within = edit.optional("within")
                .map(value -> readScope(value, edit.pathOf("within"), problems))
                .orElse(Optional.of(Scope.WHOLE_FILE));
        Optional<EditKind> kind = edit.exactlyOne(KINDS, "empty edit: give one of " + String.join(", ", KINDS))
                .flatMap(key -> readKind(key, edit.optional(key).orElseThrow(), edit.pathOf(key), problems));
        Optional<EditStep.Matches> matches = matches(edit, kind);
        Optional<Scope> scope = within.flatMap(w -> MatchingReader.nesting(edit, w));
        Optional<Where> where = kind.flatMap(k -> MatchingReader.where(edit, k.binds()));
        if (guide.isEmpty() || optional.isEmpty() || scope.isEmpty() || kind.isEmpty() || matches.isEmpty()
                || where.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EditStep(guide.get(), kind.get(), scope.get(), optional.get(), matches.get(), where.get()));
    }

    /** `matches: one` (the default: a guide's edit happens exactly once) or `all` (a codemod: every match). */
    private static Optional<EditStep.Matches> matches(YamlMapping edit, Optional<EditKind> kind) {
        Optional<String> spelled = edit.has("matches") ? edit.text("matches") : Optional.of("one");
        if (spelled.isEmpty()) {
            return Optional.empty();
        }
        if (!spelled.get().equals("one") && !spelled.get().equals("all")) {
            edit.problems().add(edit.lineOf("matches"), edit.pathOf("matches"), "expected one or all, found '"
                    + spelled.get() + "'");
            return Optional.empty();
        }
        boolean all = spelled.get().equals("all");
        if (all && kind.isPresent() && !kind.get().takesEveryMatch()) {
            edit.problems().add(edit.lineOf("matches"), edit.pathOf("matches"),
                    "matches: all is for replace and delete edits; an insert, delete-section or delete-declaration"
                            + " happens once");
            return Optional.empty();
        }
        return Optional.of(all ? EditStep.Matches.ALL : EditStep.Matches.ONE);
    }


    private static Optional<EditKind> readKind(String key, Node node, String path, Problems problems) {
        return switch (key) {
            case "replace" -> readReplace(node, path, problems);
            case "insert" -> readInsert(node, path, problems);
            case "delete" -> PatternReader.read(node, path, problems, true).map(EditKind.Delete::new);
            case "delete-section" -> readDeleteSection(node, path, problems);
            case "delete-declaration" -> readDeleteDeclaration(node, path, problems);
            default -> throw new IllegalArgumentException("not an edit kind: " + key);
        };
    }

    private static Optional<Scope> readScope(Node node, String path, Problems problems) {
        Optional<YamlMapping> read = YamlMapping.read(node, path, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping scope = read.get();
        scope.allowOnly(List.of("from", "to"));
        if (!scope.has("from") && !scope.has("to")) {
            problems.add(node, path, "give from: ANCHOR, to: ANCHOR or both, or leave out within");
            return Optional.empty();
        }
        Optional<Anchor> from = scope.optional("from").flatMap(n -> AnchorReader.read(n, scope.pathOf("from"), problems));
        Optional<Anchor> to = scope.optional("to").flatMap(n -> AnchorReader.read(n, scope.pathOf("to"), problems));
        if ((scope.has("from") && from.isEmpty()) || (scope.has("to") && to.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Scope(from, to));
    }

    private static Optional<EditKind> readReplace(Node node, String path, Problems problems) {
        Optional<YamlMapping> read = YamlMapping.read(node, path, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping replace = read.get();
        replace.allowOnly(List.of("from", "to"));
        Optional<Pattern> from = replace.required("from")
                .flatMap(n -> PatternReader.read(n, replace.pathOf("from"), problems, true));
        Optional<Node> toNode = replace.required("to");
        Optional<Pattern> to = toNode.flatMap(n -> readReplacement(n, replace.pathOf("to"), problems));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        Set<String> bound = new LinkedHashSet<>(from.get().metavariables());
        bound.remove("$_");
        String binds = bound.isEmpty() ? "from binds none" : "from binds " + String.join(", ", bound);
        boolean known = true;
        for (String name : to.get().metavariables()) {
            if (!bound.contains(name)) {
                String why = name.equals("$_") ? "$_ cannot be used in to: it matches anything and binds nothing; " : "unknown metavariable " + name + "; ";
                problems.add(PatternReader.lineOfMetavariable(toNode.get(), name), replace.pathOf("to"), why + binds);
                known = false;
            }
        }
        return known ? Optional.of(new EditKind.Replace(from.get(), to.get())) : Optional.empty();
    }

    /**
     * A replacement must be code: an empty one would be a deletion, which `delete` does with its
     * blank lines. And it needs code of its own: `to` is how a later run sees the edit is done,
     * and bound code alone ($X, $...X) would be found anywhere or nowhere.
     */
    private static Optional<Pattern> readReplacement(Node node, String path, Problems problems) {
        Optional<Pattern> to = PatternReader.read(node, path, problems, false);
        if (to.isPresent() && to.get().isEmpty()) {
            problems.add(node, path, "pattern has no Go code; to remove code, use delete: instead of replace:");
            return Optional.empty();
        }
        if (to.isPresent() && to.get().elements().stream().noneMatch(e -> e instanceof PatternElement.Literal)) {
            problems.add(node, path, "has no code of its own besides " + String.join(", ", to.get().metavariables())
                    + ", so a second run could not tell the edit is done; take some code around it into from"
                    + " and to, as in `x := $X`");
            return Optional.empty();
        }
        return to;
    }

    private static Optional<EditKind> readInsert(Node node, String path, Problems problems) {
        Optional<YamlMapping> read = YamlMapping.read(node, path, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping insert = read.get();
        insert.allowOnly(List.of("before", "after", "code", "separate"));
        Optional<String> placement = insert.exactlyOne(List.of("before", "after"),
                "insert needs before: ANCHOR or after: ANCHOR, to say where the code goes");
        Optional<Anchor> anchor = placement.flatMap(key -> AnchorReader.required(insert, key));
        Optional<Node> codeNode = insert.required("code");
        Optional<Pattern> code = codeNode.flatMap(n -> PatternReader.read(n, insert.pathOf("code"), problems, true));
        Optional<Boolean> separate = insert.bool("separate", true);
        if (code.isPresent() && !code.get().metavariables().isEmpty()) {
            Set<String> names = code.get().metavariables();
            problems.add(PatternReader.lineOfMetavariable(codeNode.get(), names.iterator().next()),
                    insert.pathOf("code"), "insert.code cannot use metavariables: nothing binds " + String.join(", ", names));
            return Optional.empty();
        }
        if (placement.isEmpty() || anchor.isEmpty() || code.isEmpty() || separate.isEmpty()) {
            return Optional.empty();
        }
        EditKind.Insert.Placement where = placement.get().equals("before")
                ? EditKind.Insert.Placement.BEFORE : EditKind.Insert.Placement.AFTER;
        return Optional.of(new EditKind.Insert(where, anchor.get(), code.get(), separate.get()));
    }

    private static Optional<EditKind> readDeleteSection(Node node, String path, Problems problems) {
        Optional<YamlMapping> read = YamlMapping.read(node, path, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping section = read.get();
        section.allowOnly(List.of("from", "through"));
        Optional<Anchor> from = AnchorReader.required(section, "from");
        Optional<Pattern> through = section.required("through")
                .flatMap(n -> PatternReader.read(n, section.pathOf("through"), problems, true));
        if (from.isEmpty() || through.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EditKind.DeleteSection(from.get(), through.get()));
    }

    private static Optional<EditKind> readDeleteDeclaration(Node node, String path, Problems problems) {
        Optional<String> name = YamlValues.string(node, path, problems);
        if (name.isPresent() && !name.get().matches(GO_NAME)) {
            problems.add(node, path, "'" + name.get() + "' is not a Go name; give the bare name of the"
                    + " function, type, var or const, as in buildDataStorageImage");
            return Optional.empty();
        }
        return name.map(EditKind.DeleteDeclaration::new);
    }
}
