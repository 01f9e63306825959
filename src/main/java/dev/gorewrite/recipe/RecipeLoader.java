package dev.gorewrite.recipe;

import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one recipe file into a checked {@link Recipe}, reporting every problem it can find, each
 * with the file, line and field path ({@code edits[2].replace.to}). The format (also in
 * {@code recipes/FORMAT.md}):
 *
 * <pre>
 * id: datastorage-image-tag/gateway       # required; lowercase words of a-z, 0-9, '-', separated by '/'
 * title: "Gateway: build with the tag"    # required (quote it: it contains ': ')
 * guide: "E2E DataStorage Image Tag Fix Guide, 2. Gateway"   # required
 * files: ["**&#47;gateway_e2e_hybrid.go"]  # required; a glob or a non-empty list of globs, relative to ROOT;
 *                                         # "!glob" excludes what it matches (not every glob may be one)
 * imports: {slices: slices, add: ["_ embed"], remove: [io/ioutil]}   # optional: name: path, and imports
 *                                         # to add or remove outright (recipes/FORMAT.md, "Imports")
 * edits:                                  # a non-empty list; may be left out (or []) when checks has some
 *   - guide: "Gateway, change 2"          # required
 *     optional: false                     # default false: no match is then `not-applicable`, not a failure
 *     within: {from: ANCHOR, to: ANCHOR}  # optional; at least one of from, to
 *     # exactly one of:
 *     replace: {from: PATTERN, to: PATTERN}          # `to` may use only the $NAMEs `from` binds
 *     insert: {before: ANCHOR, code: PATTERN, separate: true}   # or after: ANCHOR; separate defaults to true
 *     delete: PATTERN
 *     delete-section: {from: ANCHOR, through: PATTERN}
 *     delete-declaration: NAME            # a Go identifier
 * create: {path: pkg/x/new.go, code: |…}  # instead of files and edits: a new Go file (see recipes/FORMAT.md)
 * checks:                                 # optional when there are edits; a recipe with checks only is a lint
 *   - id: build-with-tag                  # required, unique within the recipe
 *     says: "Phase 1 builds with the tag" # required
 *     # exactly one of: present: ANCHOR | absent: ANCHOR | exactly-once: ANCHOR | before: ANCHOR
 *     then: ANCHOR                        # with before, and only with it
 *
 * ANCHOR  = PATTERN | {code: PATTERN} | {comment: "text the comment contains"}
 * PATTERN = Go code, best written as a block scalar (|); may use $NAME metavariables and ... wildcards
 * </pre>
 *
 * Every pattern must have Go code besides comments (insert.code may not use metavariables: nothing
 * binds them). A pattern's lex error is placed on the file line it is written on, which is exact
 * for block scalars; a quoted or plain scalar is placed on its first line.
 */
public final class RecipeLoader {
    private static final List<String> KEYS = List.of("id", "title", "guide", "files", "imports", "edits", "checks",
            "create");
    private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*";
    /** What starts a glob of {@code files} that excludes (as engine.TargetMatcher reads it). */
    private static final String EXCLUDE = "!";
    /**
     * How deep lists and mappings may nest. A recipe needs a handful of levels; snakeyaml composes
     * nodes recursively, so a few KB of `[[[[…` would otherwise end in a StackOverflowError.
     */
    static final int MAX_NESTING = 50;

    private RecipeLoader() {
    }

    public static Recipe load(String displayName, String yamlText) throws RecipeException {
        return read(displayName, yamlText).recipe();
    }

    /** As {@link #load}, keeping the line of the id for the catalog's duplicate check. */
    static LoadedRecipe read(String displayName, String yamlText) throws RecipeException {
        Problems problems = new Problems(displayName);
        Optional<Node> root = compose(displayName, yamlText, problems);
        if (root.isPresent() && !(root.get() instanceof MappingNode)) {
            problems.add(root.get(), "", "expected a mapping with " + String.join(", ", KEYS)
                    + " at the top; found " + YamlValues.describe(root.get()));
        } else if (root.isEmpty() && problems.isEmpty()) {
            problems.add(1, "", "empty recipe: give id, title, guide, files and edits");
        }
        if (!problems.isEmpty()) {
            throw new RecipeException(problems.list());
        }
        YamlMapping top = YamlMapping.read(root.get(), "", problems).orElseThrow();
        top.allowOnly(KEYS);
        Optional<String> id = readId(top);
        Optional<String> title = top.text("title");
        Optional<String> guide = top.text("guide");
        Optional<FileCreation> create = top.optional("create").flatMap(node -> CreationReader.read(node, "create", problems));
        Optional<List<String>> files = top.has("create") ? create.map(c -> List.of(c.path()))
                : top.required("files").flatMap(node -> readFiles(node, problems));
        List<EditStep> edits = top.optional("edits").map(node -> readEdits(node, problems)).orElse(List.of());
        List<Check> checks = top.optional("checks")
                .flatMap(node -> YamlValues.list(node, "checks", problems))
                .map(items -> CheckReader.readAll(items, "checks", problems)).orElse(List.of());
        Optional<RecipeImports> imports = top.optional("imports")
                .map(node -> ImportsReader.read(node, "imports", problems)).orElse(Optional.of(RecipeImports.NONE));
        if (top.has("create")) {
            refuseBesideCreate(top);
        } else {
            requireEditsOrChecks(top);
        }
        if (!problems.isEmpty()) {
            throw new RecipeException(problems.list());
        }
        Recipe recipe = new Recipe(id.orElseThrow(), title.orElseThrow(), guide.orElseThrow(), displayName,
                files.orElseThrow(), edits, checks, imports.orElseThrow(), create);
        return new LoadedRecipe(recipe, top.lineOf("id"));
    }

    private static Optional<Node> compose(String displayName, String yamlText, Problems problems) {
        LoadSettings settings = LoadSettings.builder().setLabel(displayName).setSchema(new CoreSchema()).build();
        try {
            Optional<Integer> tooDeep = tooDeep(settings, yamlText);
            if (tooDeep.isPresent()) {
                problems.add(tooDeep.get(), "", "lists and mappings nested more than " + MAX_NESTING
                        + " levels deep; a recipe needs a few");
                return Optional.empty();
            }
            return new Compose(settings).composeString(yamlText);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(mark -> mark.getLine() + 1).orElse(1);
            String problem = e.getProblem();
            if (e.getContext() != null) {
                // "while scanning a quoted scalar" is only useful with the line where that scalar began.
                String where = e.getContextMark().map(mark -> mark.getLine() + 1).filter(l -> l != line)
                        .map(l -> " at line " + l).orElse("");
                problem = e.getContext() + where + ": " + problem;
            }
            String hint = problem.contains("mapping values are not allowed")
                    ? "; quote a value that contains ': '" : "";
            problems.add(line, "", "not valid YAML: " + problem + hint);
        } catch (ReaderException e) {
            int line = 1 + (int) yamlText.codePoints().limit(e.getPosition()).filter(c -> c == '\n').count();
            problems.add(line, "", "not valid YAML: " + e.getMessage() + String.format(java.util.Locale.ROOT, " (U+%04X)", e.getCodePoint()));
        } catch (YamlEngineException e) {
            problems.add(1, "", "not valid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * The line where lists and mappings first nest deeper than {@link #MAX_NESTING}, if they do.
     * Read from the parser's events, which come without recursion, before anything composes them.
     */
    private static Optional<Integer> tooDeep(LoadSettings settings, String yamlText) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(yamlText)) {
            if (event instanceof CollectionStartEvent) {
                depth++;
                if (depth > MAX_NESTING) {
                    return Optional.of(event.getStartMark().map(mark -> mark.getLine() + 1).orElse(1));
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> readId(YamlMapping top) {
        Optional<String> id = top.text("id");
        if (id.isPresent() && !id.get().matches(ID)) {
            top.problems().add(top.lineOf("id"), "id", "'" + id.get() + "' is not a recipe id: use lowercase"
                    + " words of a-z, 0-9 and '-' separated by '/', as in datastorage-image-tag/gateway");
            return Optional.empty();
        }
        return id;
    }

    /**
     * A single glob or a non-empty list of globs; each must compile as a glob. {@code !glob}
     * excludes what it matches, so a list needs at least one glob that is not an exclusion.
     */
    private static Optional<List<String>> readFiles(Node node, Problems problems) {
        if (YamlValues.scalar(node).isPresent()) {
            return readGlob(node, "files", problems).flatMap(glob -> includesSome(node, List.of(glob), problems));
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(node, "files", "expected a glob or a list of globs, found " + YamlValues.describe(node));
            return Optional.empty();
        }
        List<Node> items = sequence.getValue();
        if (items.isEmpty()) {
            problems.add(node, "files", "no globs: give at least one, as in \"**/*_e2e.go\"");
            return Optional.empty();
        }
        List<String> globs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            readGlob(items.get(i), YamlValues.index("files", i), problems).ifPresent(globs::add);
        }
        return globs.size() == items.size() ? includesSome(node, globs, problems) : Optional.empty();
    }

    /** The globs, unless every one of them excludes: such a list would match no file at all. */
    private static Optional<List<String>> includesSome(Node node, List<String> globs, Problems problems) {
        if (globs.stream().allMatch(g -> g.startsWith(EXCLUDE))) {
            problems.add(node, "files", "only exclusions (!glob): give the files to look at too, as in"
                    + " [\"**/*.go\", \"" + globs.get(0) + "\"]");
            return Optional.empty();
        }
        return Optional.of(globs);
    }

    private static Optional<String> readGlob(Node node, String path, Problems problems) {
        Optional<String> glob = YamlValues.text(node, path, problems);
        if (glob.isEmpty()) {
            return glob;
        }
        String pattern = glob.get().startsWith(EXCLUDE) ? glob.get().substring(EXCLUDE.length()) : glob.get();
        if (pattern.isEmpty()) {
            problems.add(node, path, "'" + glob.get() + "' excludes nothing: write the glob after the '!'");
            return Optional.empty();
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            return glob;
        } catch (PatternSyntaxException e) {
            // The JDK writes "Missing ']" for an unclosed bracket; close its quote.
            String description = e.getDescription().replace("Missing ']", "Missing ']'");
            problems.add(node, path, "invalid glob '" + glob.get() + "': " + description
                    + " at index " + (e.getIndex() + glob.get().length() - pattern.length()));
            return Optional.empty();
        }
    }

    /**
     * A recipe migrates (edits), lints (checks only, which `check` reports and `run` holds files
     * to), or both; one with neither would do nothing.
     */
    private static void requireEditsOrChecks(YamlMapping top) {
        if (isEmptyList(top.optional("checks")) && isEmptyList(top.optional("edits"))) {
            String where = top.has("edits") ? "no edits and no checks" : "missing required key 'edits'";
            top.problems().add(top.lineOf("edits"), top.has("edits") ? "edits" : "", where
                    + ": give edits (a migration), checks (a lint recipe), or both");
        }
    }

    /** A recipe that creates a file targets that file alone, and has nothing in it to edit yet. */
    private static void refuseBesideCreate(YamlMapping top) {
        for (String key : List.of("files", "edits")) {
            if (top.has(key)) {
                top.problems().add(top.lineOf(key), key, "does not go with create: a recipe that creates a file names"
                        + " it in create.path and has no edits (checks may follow)");
            }
        }
    }

    /** Absent or {@code []}; anything else (even a wrong type, reported on its own) is not. */
    private static boolean isEmptyList(Optional<Node> node) {
        return node.isEmpty() || node.get() instanceof SequenceNode list && list.getValue().isEmpty();
    }

    private static List<EditStep> readEdits(Node node, Problems problems) {
        Optional<List<Node>> items = YamlValues.list(node, "edits", problems);
        List<EditStep> edits = new ArrayList<>();
        for (int i = 0; i < items.map(List::size).orElse(0); i++) {
            EditReader.read(items.get().get(i), YamlValues.index("edits", i), problems).ifPresent(edits::add);
        }
        return edits;
    }
}
