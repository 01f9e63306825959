package dev.gorewrite.guide;

import dev.gorewrite.golang.GoToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The edits a Go step could become, in the order to try them (a fragment as the code around it in
 * ROOT's file, as written, then as the call around it), each with what a person should know of
 * its form ({@code whys}, "" for nothing), or why it can become none. {@code imports} is an
 * import block's specs.
 */
record Candidates(List<DraftEdit> edits, List<String> whys, List<String> imports, String reason, Optional<Anchors.Chosen> anchor) {
    Candidates {
        edits = List.copyOf(edits);
        whys = List.copyOf(whys);
        imports = List.copyOf(imports);
        if (whys.size() != edits.size()) {
            throw new IllegalArgumentException(edits.size() + " edits, " + whys.size() + " notes");
        }
    }

    static Candidates none(String reason) {
        return new Candidates(List.of(), List.of(), List.of(), reason, Optional.empty());
    }

    static Candidates of(List<DraftEdit> edits) {
        return new Candidates(edits, edits.stream().map(e -> "").toList(), List.of(), "", Optional.empty());
    }

    boolean any() {
        return !edits.isEmpty() || !imports.isEmpty();
    }

    /** The candidates for a step whose kind is {@code kind} (not manual, repeat or new file). */
    static Candidates of(DraftKind kind, Step.Change step, Optional<RootFile> root) {
        List<BlockCode> codes = step.blocks().stream().map(b -> BlockCode.of(b, root)).toList();
        return switch (kind) {
            case REPLACE -> replace(codes.get(0), codes.get(1), root);
            case INSERT -> insert(step, codes.get(0), root);
            case DELETE -> delete(codes.get(0));
            case DELETE_SECTION -> section(codes.get(0));
            case DELETE_DECLARATION -> declaration(step.blocks().get(0));
            default -> none("not an edit: " + kind.word());
        };
    }

    private static Candidates replace(BlockCode from, BlockCode to, Optional<RootFile> root) {
        if (to.elisions() > 0 && to.elisions() != from.elisions()) {
            return none("the new code leaves out " + to.elisions() + " part(s) and the old code " + from.elisions()
                    + ": which old part goes where cannot be told");
        }
        if (to.codeDamaged() && to.lost() > 0) {
            return none("the new code lost bytes in transit, and no line of the file restores them");
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= to.elisions(); i++) {
            names.add(to.elisions() == 1 ? "$...REST" : "$...REST" + i);
        }
        String f = from.pattern(names);
        String t = to.pattern(names, true);
        Fragment ff = Fragment.of(f);
        if (ff.whole()) {
            return of(List.of(new DraftEdit.Replace(f, t)));
        }
        boolean plain = from.elisions() == 0 && !from.codeDamaged();
        FragmentSite.Result site = root.isPresent() && plain ? FragmentSite.find(root.get(), f)
                : FragmentSite.Result.none(root.isPresent() ? "it leaves code out or lost bytes" : "no file to take the code around it from");
        return fragment(f, t, site);
    }

    /**
     * A fragment: first the code around its lines in ROOT's file with only those lines changed, then
     * as written (when it has no stray brackets), then as the call or literal around it.
     */
    private static Candidates fragment(String from, String to, FragmentSite.Result site) {
        List<DraftEdit> edits = new ArrayList<>();
        List<String> whys = new ArrayList<>();
        site.site().ifPresent(s -> {
            edits.add(new DraftEdit.Replace(s.asIs(), s.with(to)));
            whys.add(s.describe() + ": only the guide's lines change, and the code around them keeps its layout");
        });
        Fragment ff = Fragment.of(from);
        Fragment tf = Fragment.of(to);
        if (ff.closed().isEmpty() && ff.opened().isEmpty()) {
            edits.add(new DraftEdit.Replace(from, to));
            whys.add("");
        }
        if (ff.closed().equals(tf.closed()) && ff.opened().equals(tf.opened())) {
            ff.wrap(from).flatMap(f -> tf.wrap(to).map(t -> new DraftEdit.Replace(f, t))).ifPresent(e -> {
                edits.add(e);
                whys.add("as the call around it, which the engine writes anew on one line: " + site.site()
                        .map(s -> s.describe() + " did not apply when tried").orElse(site.reason()));
            });
        }
        return new Candidates(edits, whys, List.of(), "", Optional.empty());
    }

    private static Candidates insert(Step.Change step, BlockCode add, Optional<RootFile> root) {
        List<GoToken> tokens = GoText.tokens(add.code()).stream().filter(t -> !t.isSemicolon()).toList();
        if (!tokens.isEmpty() && tokens.get(0).text().equals("import")) {
            return imports(tokens);
        }
        if (add.elided()) {
            return none("the code to add leaves parts out (" + "...): it cannot be inserted as it is");
        }
        if (add.codeDamaged() && add.lost() > 0) {
            return none("the code to add lost bytes in transit, and no line of the file restores them");
        }
        Anchors.Result anchor = Anchors.choose(step, step.blocks().get(0).label(), root);
        return anchor.chosen().map(a -> new Candidates(List.of(new DraftEdit.Insert(a.anchor(), a.before(),
                add.pattern(List.of(), true))), List.of(""), List.of(), "", Optional.of(a))).orElse(none(anchor.reason()));
    }

    /** `import ( "a"; name "b" )` as `imports: add:` specs: "a", "name b". */
    private static Candidates imports(List<GoToken> tokens) {
        List<String> specs = new ArrayList<>();
        String name = "";
        for (GoToken t : tokens.subList(1, tokens.size())) {
            if (t.text().startsWith("\"") || t.text().startsWith("`")) {
                specs.add((name.isEmpty() ? "" : name + " ") + t.text().substring(1, t.text().length() - 1));
                name = "";
            } else if (!t.text().equals("(") && !t.text().equals(")")) {
                name = t.text();
            }
        }
        return specs.isEmpty() ? none("an import block without paths")
                : new Candidates(List.of(), List.of(), specs, "", Optional.empty());
    }

    private static Candidates delete(BlockCode code) {
        String pattern = code.pattern(List.of());
        return pattern.lines().allMatch(l -> l.isBlank() || GoText.comment(l) || l.strip().equals("..."))
                ? none("the block to delete has no code") : of(List.of(new DraftEdit.Delete(pattern)));
    }

    /** From the banner's first line with words, through the code after the banner. */
    private static Candidates section(BlockCode code) {
        List<String> lines = code.code().lines().toList();
        int body = bannerEnd(lines);
        Optional<String> title = lines.subList(0, body).stream().map(GoText::commentText)
                .filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit)).findFirst().map(Candidates::title);
        String through = new BlockCode(String.join("\n", lines.subList(body, lines.size())) + "\n", code.lost()).pattern(List.of());
        if (title.isEmpty() || through.isBlank()) {
            return none("a section needs a comment banner with words above its code; the block has "
                    + (title.isEmpty() ? "no banner" : "no code under it"));
        }
        return of(List.of(new DraftEdit.DeleteSection(new DraftAnchor.Comment(title.get()), through.strip() + "\n")));
    }

    /** The index of the first line after the comment lines at the head of the block (an elision is code). */
    private static int bannerEnd(List<String> lines) {
        int body = 0;
        while (body < lines.size() && (GoText.comment(lines.get(body)) && !GoText.elision(lines.get(body)) || lines.get(body).isBlank())) {
            body++;
        }
        return body;
    }

    /** "PHASE 3.5: Tag the image" is anchored on "PHASE 3.5:"; a title that lost bytes on what came before. */
    private static String title(String text) {
        String kept = Damage.in(text) ? text.substring(0, text.indexOf(Damage.LOST)).strip() : text;
        int colon = kept.indexOf(':');
        return colon > 0 ? kept.substring(0, colon + 1) : kept;
    }

    /** The name a deleted declaration declares: after `func` (and its receiver), `type`, `var` or `const`. */
    private static Candidates declaration(Block block) {
        List<String> tokens = block.tokens().stream().map(CodeToken::text).toList();
        for (int i = 0; i < tokens.size(); i++) {
            if (List.of("func", "type", "var", "const").contains(tokens.get(i))) {
                int at = tokens.get(i).equals("func") ? afterReceiver(tokens, i + 1) : i + 1;
                if (at < tokens.size() && tokens.get(at).matches("[\\p{L}_][\\p{L}\\p{N}_]*")) {
                    return of(List.of(new DraftEdit.DeleteDeclaration(tokens.get(at))));
                }
            }
        }
        return none("the block declares no function, type, var or const by name");
    }

    /** The token after a method's receiver `(s *S)`, or {@code at} itself for a function. */
    private static int afterReceiver(List<String> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).equals("(")) {
            return at;
        }
        int close = tokens.subList(at, tokens.size()).indexOf(")");
        return close < 0 ? tokens.size() : at + close + 1;
    }
}
