package dev.gorewrite.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Go written by {@link CorpusGenerator}: one file at a time, block after block until the file
 * reaches its size. Every block is laid out as gofmt lays it out (tabs, aligned columns via
 * {@link GoWriter#row}, gofmt's spacing of binary expressions); identifiers, field sets, cases
 * and sizes vary with the file's random stream. Templates are Java text blocks with 4-space
 * indentation (turned into tabs) and {@code «NAME»} placeholders; a line starting with {@code |}
 * is raw-string content, written as it is.
 */
final class GoTemplates {
    private GoTemplates() {}

    static final String MODULE = "example.com/monorepo";

    enum Kind { PLAIN, TEST, MAIN, DOC }

    /** One file to write: its name, kind, main entity (PLAIN and TEST) and relative size. */
    static final class FilePlan {
        final String name;
        final Kind kind;
        final String entity;
        final double weight;

        FilePlan(String name, Kind kind, String entity, double weight) {
            this.name = name;
            this.kind = kind;
            this.entity = entity;
            this.weight = weight;
        }
    }

    /** One package: folder, name, files, and what its files declared so far. */
    static final class Pkg {
        final String path;
        final String name;
        final boolean main;
        final String service;
        /**
         * Whether the package imports github.com/pkg/errors as its errors package (New, Is and As
         * as the standard one, plus Wrap), as many older Go services do: fixed by the path's hash,
         * so the layout's random stream is the same as without it.
         */
        final boolean pkgErrors;
        final List<FilePlan> files = new ArrayList<>();
        final Set<String> declared = new HashSet<>();
        final Map<String, Entity> entities = new LinkedHashMap<>();
        /** The kinds of repeatable block not used yet in this round, so that a package gets all kinds. */
        final List<Integer> deck = new ArrayList<>();

        Pkg(String path, String name, boolean main, String service) {
            this.path = path;
            this.name = name;
            this.main = main;
            this.service = service;
            this.pkgErrors = Math.floorMod(path.hashCode(), 5) < 3;
        }

        boolean hasFile(String file) {
            return files.stream().anyMatch(f -> f.name.equals(file));
        }

        /** {@code name}, or name2, name3, ... if the package already declares it. */
        String unique(String name) {
            String n = name;
            for (int i = 2; !declared.add(n); i++) {
                n = name + i;
            }
            return n;
        }
    }

    /** What the files of a package declared for one entity, so that its tests can call it. */
    static final class Entity {
        final String name;
        final Set<String> blocks = new HashSet<>();
        final Set<String> tested = new HashSet<>();
        String enumType;
        List<String> enumValues;
        String parseEnum;
        String store;
        String configConst;
        String parseConfig;
        Map<String, String> configValues;
        String handler;
        String handlerPath;
        String errorType;
        String sum;

        Entity(String name) {
            this.name = name;
        }
    }

    /** The state of the file being written. */
    static final class Ctx {
        final Pkg pkg;
        final Random r;
        final GoWriter w = new GoWriter();
        final TreeSet<String> imports = new TreeSet<>();
        final TreeSet<String> thirdParty = new TreeSet<>();
        final TreeSet<String> localImports = new TreeSet<>();

        Ctx(Pkg pkg, Random r) {
            this.pkg = pkg;
            this.r = r;
        }

        void use(String... paths) {
            for (String p : paths) {
                imports.add(p);
            }
        }

        String unique(String name) {
            return pkg.unique(name);
        }

        boolean chance(int percent) {
            return r.nextInt(100) < percent;
        }

        int between(int lo, int hi) {
            return lo + r.nextInt(hi - lo + 1);
        }

        /** Writes a template (see the class comment) at the writer's current indentation. */
        void t(String template, String... kv) {
            String s = template;
            for (int i = 0; i < kv.length; i += 2) {
                s = s.replace("«" + kv[i] + "»", kv[i + 1]);
            }
            if (s.indexOf('«') >= 0) {
                throw new IllegalStateException("unfilled placeholder in template:\n" + s);
            }
            String[] lines = s.split("\n", -1);
            int n = lines.length;
            if (n > 0 && lines[n - 1].isEmpty()) {
                n--;
            }
            for (int i = 0; i < n; i++) {
                String line = lines[i];
                if (line.startsWith("|")) {
                    w.verbatim(line.substring(1));
                    continue;
                }
                int spaces = 0;
                while (spaces < line.length() && line.charAt(spaces) == ' ') {
                    spaces++;
                }
                w.line("\t".repeat(spaces / 4) + " ".repeat(spaces % 4) + line.substring(spaces));
            }
        }

        /** A doc comment: the first sentence, then 0-2 more from the stock, wrapped near 100 columns. */
        void doc(String first, int extra) {
            StringBuilder text = new StringBuilder(first);
            for (int i = 0; i < extra; i++) {
                text.append(' ').append(Words.pick(r, Words.SENTENCES));
            }
            wrap(text.toString());
        }

        void wrap(String text) {
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                if (line.length() > 0 && line.length() + word.length() > 95) {
                    w.comment(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            if (line.length() > 0) {
                w.comment(line.toString());
            }
        }
    }

    // ---------------------------------------------------------------- files

    /** The whole text of one file, about {@code target} bytes (at least one block). */
    static String file(Pkg pkg, FilePlan plan, Random r, int target) {
        Ctx c = new Ctx(pkg, r);
        Entity e = plan.entity == null ? null : pkg.entities.computeIfAbsent(plan.entity, Entity::new);
        int headerEstimate = 300;
        switch (plan.kind) {
            case DOC -> docFile(c);
            case MAIN -> {
                mainBlock(c);
                while (c.w.length() + headerEstimate < target) {
                    Entity made = pkg.entities.computeIfAbsent(Words.pick(r, Words.NOUNS) + "Job", Entity::new);
                    repeatable(c, made);
                }
            }
            case PLAIN -> {
                structBlock(c, e);
                while (c.w.length() + headerEstimate < target) {
                    entityBlock(c, e);
                }
            }
            case TEST -> {
                c.use("testing");
                do {
                    testBlock(c, e);
                } while (c.w.length() + headerEstimate < target);
            }
        }
        return header(c, plan) + c.w;
    }

    private static String header(Ctx c, FilePlan plan) {
        StringBuilder h = new StringBuilder();
        if (c.chance(30)) {
            h.append("// Copyright 2025 The Monorepo Authors.\n// SPDX-License-Identifier: Apache-2.0\n\n");
        }
        if (plan.kind == Kind.DOC || plan.kind == Kind.MAIN) {
            GoWriter doc = new GoWriter();
            Ctx d = new Ctx(c.pkg, c.r);
            String what = plan.kind == Kind.MAIN
                    ? "Command " + last(c.pkg.path) + " runs the " + c.pkg.service + " service's " + last(c.pkg.path)
                            + " process."
                    : "Package " + c.pkg.name + " implements the " + Words.human(c.pkg.name) + " layer of the "
                            + c.pkg.service + " service.";
            d.doc(what, c.between(0, 2));
            doc.line(d.w.toString().stripTrailing());
            h.append(doc);
        }
        h.append("package ").append(c.pkg.name).append("\n\n");
        if (c.pkg.pkgErrors && c.imports.remove("errors")) {
            c.thirdParty.add("github.com/pkg/errors");
        }
        List<String> all = new ArrayList<>(c.imports);
        for (TreeSet<String> group : List.of(c.thirdParty, c.localImports)) {
            if (!group.isEmpty()) {
                if (!all.isEmpty()) {
                    all.add("");
                }
                all.addAll(group);
            }
        }
        if (all.size() == 1) {
            h.append("import \"").append(all.get(0)).append("\"\n\n");
        } else if (!all.isEmpty()) {
            h.append("import (\n");
            for (String p : all) {
                h.append(p.isEmpty() ? "\n" : "\t\"" + p + "\"\n");
            }
            h.append(")\n\n");
        }
        return h.toString();
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void sep(Ctx c) {
        if (c.w.length() > 0) {
            c.w.blank();
        }
    }

    // ---------------------------------------------------------------- entity blocks

    private static void entityBlock(Ctx c, Entity e) {
        List<Runnable> once = new ArrayList<>();
        if (e.enumType == null) {
            once.add(() -> enumBlock(c, e));
        }
        if (e.store == null) {
            once.add(() -> memoryStoreBlock(c, e));
        }
        if (e.configConst == null) {
            once.add(() -> configBlock(c, e));
        }
        if (e.handler == null) {
            once.add(() -> handlerBlock(c, e));
        }
        if (e.errorType == null) {
            once.add(() -> errorTypeBlock(c, e));
        }
        if (!e.blocks.contains("sql")) {
            once.add(() -> sqlBlock(c, e));
        }
        if (!e.blocks.contains("interface")) {
            once.add(() -> interfaceBlock(c, e));
        }
        if (!once.isEmpty() && c.chance(65)) {
            once.get(c.r.nextInt(once.size())).run();
        } else {
            repeatable(c, e);
        }
    }

    private static void repeatable(Ctx c, Entity e) {
        List<Integer> deck = c.pkg.deck;
        if (deck.isEmpty()) {
            for (int i = 0; i < 10; i++) {
                deck.add(i);
            }
        }
        switch (deck.remove(c.r.nextInt(deck.size())).intValue()) {
            case 0 -> genericsBlock(c, e);
            case 1 -> workersBlock(c, e);
            case 2 -> describeBlock(c, e);
            case 3 -> retryBlock(c, e);
            case 4 -> limitsBlock(c, e);
            case 5 -> fixturesBlock(c, e);
            case 6 -> middlewareBlock(c, e);
            case 7 -> mergeBlock(c, e);
            case 8 -> reconcileBlock(c, e);
            default -> pipelineBlock(c, e);
        }
    }

    private record Field(String name, String type, String tag, String imports) {}

    private static final Field[] OPTIONAL_FIELDS = {
        new Field("Namespace", "string", "namespace", null),
        new Field("Owner", "string", "owner", null),
        new Field("Region", "string", "region", null),
        new Field("Priority", "int", "priority", null),
        new Field("Attempts", "int", "attempts", null),
        new Field("AmountCents", "int64", "amount_cents", null),
        new Field("Currency", "string", "currency", null),
        new Field("Enabled", "bool", "enabled", null),
        new Field("Tags", "[]string", "tags", null),
        new Field("Version", "int64", "version", null),
        new Field("ExpiresAt", "*time.Time", "expires_at", "time"),
        new Field("UpdatedAt", "time.Time", "updated_at", "time"),
        new Field("Weight", "float64", "weight", null),
        new Field("Endpoint", "string", "endpoint", null),
        new Field("Checksum", "string", "checksum", null),
        new Field("SizeBytes", "int64", "size_bytes", null),
        new Field("Annotations", "map[string]string", "annotations", null),
        new Field("Timeout", "time.Duration", "timeout", "time"),
        new Field("ParentID", "string", "parent_id", null),
        new Field("Raw", "json.RawMessage", "raw", "encoding/json"),
    };

    private static void structBlock(Ctx c, Entity e) {
        String E = e.name;
        String human = Words.human(E);
        c.use("time");
        sep(c);
        c.doc(E + " is a " + human + " as the " + c.pkg.service + " service stores and serves it.", c.between(0, 2));
        c.w.line("type " + E + " struct {").at(1);
        int style = c.r.nextInt(3);
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("ID", "string", "id", null));
        fields.add(new Field("Name", "string", "name", null));
        List<Field> pool = new ArrayList<>(List.of(OPTIONAL_FIELDS));
        int extra = c.between(2, 8);
        for (int i = 0; i < extra; i++) {
            fields.add(pool.remove(c.r.nextInt(pool.size())));
        }
        fields.add(new Field("Labels", "map[string]string", "labels", null));
        fields.add(new Field("CreatedAt", "time.Time", "created_at", "time"));
        for (Field f : fields) {
            if (f.imports() != null) {
                c.use(f.imports());
            }
            String json = f.tag() + (f.type().startsWith("[]") || f.type().startsWith("map") || f.type().startsWith("*")
                    ? ",omitempty" : "");
            String tag = switch (style) {
                case 0 -> "`json:\"" + json + "\"`";
                case 1 -> "`json:\"" + json + "\" yaml:\"" + f.tag() + "\"`";
                default -> "`json:\"" + json + "\" db:\"" + f.tag() + "\"`";
            };
            c.w.row(f.name(), f.type(), tag);
        }
        if (c.chance(50)) {
            c.w.blank();
            c.w.comment("unexported bookkeeping, never serialized");
            c.w.row("revision", "uint64");
            c.w.row("dirty", "bool");
        }
        c.w.at(0).line("}");

        String recv = receiver(E);
        String lent = Words.lowerCamel(E);
        c.t("""

                // «E»Option configures a «human» built by New«E».
                type «E»Option func(*«E»)

                // With«E»Labels adds labels to a «human»; later options win on conflicts.
                func With«E»Labels(labels map[string]string) «E»Option {
                    return func(«r» *«E») {
                        for k, v := range labels {
                            «r».Labels[k] = v
                        }
                    }
                }

                // New«E» returns a «human» called name with the options applied in order.
                func New«E»(name string, opts ...«E»Option) *«E» {
                """, "E", E, "human", human, "r", recv);
        c.pkg.declared.add(E);
        c.pkg.declared.add(E + "Option");
        c.pkg.declared.add("With" + E + "Labels");
        c.pkg.declared.add("New" + E);
        c.w.at(1).line(recv + " := &" + E + "{").at(2);
        c.w.row("ID:", "new" + E + "ID(),");
        c.w.row("Name:", "name,");
        c.w.row("Labels:", "make(map[string]string),");
        c.w.row("CreatedAt:", "time.Now().UTC(),");
        c.w.at(1).line("}").at(0);
        c.t("""
                    for _, opt := range opts {
                        opt(«r»)
                    }
                    return «r»
                }

                var «lent»Seq uint64

                // new«E»ID returns a process-unique id for a «human».
                func new«E»ID() string {
                    n := atomic.AddUint64(&«lent»Seq, 1)
                    return fmt.Sprintf("«snake»-%d-%06d", time.Now().Unix(), n)
                }

                // Validate reports the first problem that keeps the «human» from being stored.
                func («r» *«E») Validate() error {
                    if «r».ID == "" {
                        return errors.New("«human»: missing id")
                    }
                    if strings.TrimSpace(«r».Name) == "" {
                        return fmt.Errorf("«human» %s: missing name", «r».ID)
                    }
                    for k := range «r».Labels {
                        if len(k) > 63 || strings.ContainsAny(k, " \\t\\n") {
                            return fmt.Errorf("«human» %s: invalid label key %q", «r».ID, k)
                        }
                    }
                    return nil
                }
                """, "E", E, "human", human, "r", recv, "lent", lent, "snake", Words.snake(E));
        c.w.at(0);
        c.pkg.declared.add(lent + "Seq");
        c.pkg.declared.add("new" + E + "ID");
        c.use("errors", "fmt", "strings", "sync/atomic");
    }

    private static String receiver(String type) {
        String r = type.substring(0, 1).toLowerCase();
        return "ijkbtwrscefnvpxgdmo".contains(r) ? type.substring(0, 2).toLowerCase() : r;
    }

    private static final String[][] ENUMS = {
        {"Phase", "Pending", "Running", "Succeeded", "Failed", "Cancelled"},
        {"State", "Draft", "Active", "Suspended", "Archived"},
        {"Kind", "Manual", "Scheduled", "Triggered", "Replayed"},
        {"Level", "Debug", "Info", "Warning", "Critical"},
        {"Mode", "ReadOnly", "ReadWrite", "Maintenance"},
    };

    private static void enumBlock(Ctx c, Entity e) {
        String[] spec = ENUMS[c.r.nextInt(ENUMS.length)];
        String type = c.unique(e.name + spec[0]);
        String human = Words.human(e.name);
        List<String> values = new ArrayList<>();
        for (int i = 1; i < spec.length; i++) {
            values.add(type + spec[i]);
        }
        c.use("fmt", "strings");
        sep(c);
        c.doc(type + " is the " + spec[0].toLowerCase() + " of a " + human + ".", 0);
        c.w.line("type " + type + " int");
        c.w.blank();
        c.w.comment("The " + Words.plural(spec[0].toLowerCase()) + " of a " + human + "; the zero value is unknown.");
        c.w.line("const (");
        c.w.at(1).line(type + "Unknown " + type + " = iota");
        for (String v : values) {
            c.w.line(v);
        }
        c.w.at(0).line(")");
        c.w.blank();
        c.w.comment("String returns the " + spec[0].toLowerCase() + "'s name as it appears in logs and APIs.");
        c.w.line("func (v " + type + ") String() string {");
        c.w.at(1).line("switch v {");
        for (int i = 0; i < values.size(); i++) {
            c.w.line("case " + values.get(i) + ":");
            c.w.at(2).line("return \"" + Words.snake(spec[i + 1]) + "\"").at(1);
        }
        c.w.line("default:");
        c.w.at(2).line("return fmt.Sprintf(\"" + Words.snake(type) + "(%d)\", int(v))").at(1);
        c.w.line("}");
        c.w.at(0).line("}");
        String parse = c.unique("Parse" + type);
        c.w.blank();
        c.w.comment(parse + " parses the name String prints, ignoring case and surrounding space.");
        c.w.line("func " + parse + "(s string) (" + type + ", error) {");
        c.w.at(1).line("switch strings.ToLower(strings.TrimSpace(s)) {");
        for (int i = 0; i < values.size(); i++) {
            c.w.line("case \"" + Words.snake(spec[i + 1]) + "\":");
            c.w.at(2).line("return " + values.get(i) + ", nil").at(1);
        }
        c.w.line("}");
        c.w.line("return " + type + "Unknown, fmt.Errorf(\"unknown " + human + " " + spec[0].toLowerCase()
                + " %q\", s)");
        c.w.at(0).line("}");
        if (c.chance(60)) {
            String transitions = c.unique(Words.lowerCamel(type) + "Transitions");
            c.w.blank();
            c.w.comment(transitions + " lists, for each " + spec[0].toLowerCase() + ", the ones it may move to.");
            c.w.line("var " + transitions + " = map[" + type + "][]" + type + "{").at(1);
            for (int i = 0; i < values.size() - 1; i++) {
                c.w.row(values.get(i) + ":", "{" + String.join(", ", values.subList(i + 1, values.size())) + "},");
            }
            c.w.at(0).line("}");
            c.w.blank();
            c.t("""
                    // CanMoveTo reports whether a «human» may go from v to next.
                    func (v «T») CanMoveTo(next «T») bool {
                        for _, allowed := range «tr»[v] {
                            if allowed == next {
                                return true
                            }
                        }
                        return false
                    }
                    """, "T", type, "tr", transitions, "human", human);
        }
        e.enumType = type;
        e.enumValues = values;
        e.parseEnum = parse;
    }

    private static void memoryStoreBlock(Ctx c, Entity e) {
        String E = e.name;
        String store = c.unique(E + "MemoryStore");
        e.store = store;
        c.use("context", "fmt", "sort", "sync", "time");
        sep(c);
        c.t("""
                // «S» keeps «humans» in memory, for tests and single-replica deployments.
                // It is safe for concurrent use.
                type «S» struct {
                    mu    sync.RWMutex
                    items map[string]*«E»
                    now   func() time.Time
                }

                // New«S» returns an empty store.
                func New«S»() *«S» {
                    return &«S»{
                        items: make(map[string]*«E»),
                        now:   time.Now,
                    }
                }

                // Get returns the «human» with the given id, or an error wrapping ErrNotFound.
                func (s *«S») Get(ctx context.Context, id string) (*«E», error) {
                    if err := ctx.Err(); err != nil {
                        return nil, err
                    }
                    s.mu.RLock()
                    defer s.mu.RUnlock()
                    item, ok := s.items[id]
                    if !ok {
                        return nil, fmt.Errorf("«human» %q: %w", id, ErrNotFound)
                    }
                    return item, nil
                }

                // Put stores the «human», replacing any with the same id.
                func (s *«S») Put(ctx context.Context, item *«E») error {
                    if err := item.Validate(); err != nil {
                        return fmt.Errorf("put: %w", err)
                    }
                    s.mu.Lock()
                    defer s.mu.Unlock()
                    s.items[item.ID] = item
                    return nil
                }

                // List returns up to limit «humans» whose id sorts after cursor, and the cursor
                // of the next page ("" at the end).
                func (s *«S») List(ctx context.Context, cursor string, limit int) ([]*«E», string, error) {
                    s.mu.RLock()
                    ids := make([]string, 0, len(s.items))
                    for id := range s.items {
                        if id > cursor {
                            ids = append(ids, id)
                        }
                    }
                    s.mu.RUnlock()
                    sort.Strings(ids)
                    next := ""
                    if limit > 0 && len(ids) > limit {
                        ids = ids[:limit]
                        next = ids[len(ids)-1]
                    }
                    out := make([]*«E», 0, len(ids))
                    s.mu.RLock()
                    defer s.mu.RUnlock()
                    for _, id := range ids {
                        if item, ok := s.items[id]; ok {
                            out = append(out, item)
                        }
                    }
                    return out, next, nil
                }
                """, "S", store, "E", E, "human", Words.human(E), "humans", Words.plural(Words.human(E)));
        if (c.chance(60)) {
            c.t("""

                    // Update applies fn to a copy of the stored «human» under the write lock and
                    // stores the copy if fn succeeds.
                    func (s *«S») Update(ctx context.Context, id string, fn func(*«E») error) (*«E», error) {
                        s.mu.Lock()
                        defer s.mu.Unlock()
                        current, ok := s.items[id]
                        if !ok {
                            return nil, fmt.Errorf("update «human» %q: %w", id, ErrNotFound)
                        }
                        next := *current
                        next.Labels = make(map[string]string, len(current.Labels))
                        for k, v := range current.Labels {
                            next.Labels[k] = v
                        }
                        if err := fn(&next); err != nil {
                            return nil, fmt.Errorf("update «human» %q: %w", id, err)
                        }
                        s.items[id] = &next
                        return &next, nil
                    }
                    """, "S", store, "E", E, "human", Words.human(E));
        }
        if (c.chance(50)) {
            c.t("""

                    // RunJanitor removes «humans» older than ttl every interval until ctx is done.
                    func (s *«S») RunJanitor(ctx context.Context, interval, ttl time.Duration) {
                        ticker := time.NewTicker(interval)
                        defer ticker.Stop()
                        for {
                            select {
                            case <-ctx.Done():
                                return
                            case now := <-ticker.C:
                                s.mu.Lock()
                                for id, item := range s.items {
                                    if now.Sub(item.CreatedAt) > ttl {
                                        delete(s.items, id)
                                    }
                                }
                                s.mu.Unlock()
                            }
                        }
                    }
                    """, "S", store, "humans", Words.plural(Words.human(E)));
        }
    }

    private static void interfaceBlock(Ctx c, Entity e) {
        String E = e.name;
        e.blocks.add("interface");
        String name = c.unique(E + (c.chance(50) ? "Repository" : "Reader"));
        String human = Words.human(E);
        String humans = Words.plural(human);
        c.use("context");
        sep(c);
        c.doc(name + " is what the " + c.pkg.name + " package needs from " + humans + " storage.", c.between(0, 1));
        c.w.line("type " + name + " interface {").at(1);
        if (c.chance(30)) {
            c.use("io");
            c.w.line("io.Closer");
            c.w.blank();
        }
        c.w.comment("Get returns the " + human + " with the given id, or an error wrapping ErrNotFound.");
        c.w.line("Get(ctx context.Context, id string) (*" + E + ", error)");
        c.w.comment("List returns up to limit " + humans + " after cursor and the next cursor.");
        c.w.line("List(ctx context.Context, cursor string, limit int) ([]*" + E + ", string, error)");
        c.w.line("Put(ctx context.Context, item *" + E + ") error");
        if (c.chance(50)) {
            c.w.line("Delete(ctx context.Context, id string) error");
        }
        c.w.at(0).line("}");
        if (e.store != null && c.chance(70)) {
            c.w.blank();
            c.w.line("var _ " + name + " = (*" + e.store + ")(nil)");
        }
    }

    private static void configBlock(Ctx c, Entity e) {
        String E = e.name;
        String lent = Words.lowerCamel(E);
        String constName = c.unique("default" + E + "Config");
        String parse = c.unique("parse" + E + "Config");
        int workers = c.between(1, 16);
        int attempts = c.between(2, 9);
        String team = Words.pick(c.r, Words.TEAMS);
        String timeout = c.between(5, 120) + "s";
        String backoff = (50 * c.between(1, 10)) + "ms";
        Map<String, String> values = new LinkedHashMap<>();
        values.put(lent + ".enabled", "true");
        values.put(lent + ".workers", Integer.toString(workers));
        values.put(lent + ".timeout", timeout);
        values.put(lent + ".retry.attempts", Integer.toString(attempts));
        values.put(lent + ".retry.backoff", backoff);
        values.put(lent + ".labels.team", team);
        e.configConst = constName;
        e.parseConfig = parse;
        e.configValues = values;
        c.use("fmt", "strings");
        sep(c);
        c.t("""
                // «K» is the «human» section used when the service configuration has none.
                const «K» = `
                |«lent»:
                |  enabled: true
                |  workers: «workers»
                |  # per attempt, not in total
                |  timeout: «timeout»
                |  retry:
                |    attempts: «attempts»
                |    backoff: «backoff»
                |  labels:
                |    team: «team»
                |`

                // «P» reads the "key: value" lines of a YAML section into a flat map whose keys
                // are joined with dots («lent».retry.attempts). It knows mappings and scalars only.
                func «P»(text string) (map[string]string, error) {
                    values := make(map[string]string)
                    var stack []string
                    for n, line := range strings.Split(text, "\\n") {
                        trimmed := strings.TrimSpace(line)
                        if trimmed == "" || strings.HasPrefix(trimmed, "#") {
                            continue
                        }
                        depth := (len(line) - len(strings.TrimLeft(line, " "))) / 2
                        key, value, ok := strings.Cut(trimmed, ":")
                        if !ok {
                            return nil, fmt.Errorf("line %d: no colon in %q", n+1, line)
                        }
                        if depth < len(stack) {
                            stack = stack[:depth]
                        }
                        value = strings.TrimSpace(value)
                        if value == "" {
                            stack = append(stack, key)
                            continue
                        }
                        values[strings.Join(append(stack, key), ".")] = value
                    }
                    return values, nil
                }
                """, "K", constName, "P", parse, "lent", lent, "human", Words.human(E), "workers",
                Integer.toString(workers), "timeout", timeout, "attempts", Integer.toString(attempts), "backoff",
                backoff, "team", team);
        if (c.chance(6)) {
            configFileLoader(c, e, constName, parse);
        }
    }

    /** A loader still on the deprecated io/ioutil, as a few files of a real tree are: the rare name of a codemod. */
    private static void configFileLoader(Ctx c, Entity e, String constName, String parse) {
        c.use("io/ioutil");
        sep(c);
        c.t("""
                // «L» reads the «human» section from a file, or the default when path is empty.
                func «L»(path string) (map[string]string, error) {
                    if path == "" {
                        return «P»(«K»)
                    }
                    data, err := ioutil.ReadFile(path)
                    if err != nil {
                        return nil, err
                    }
                    return «P»(string(data))
                }
                """, "L", c.unique("load" + e.name + "ConfigFile"), "human", Words.human(e.name), "P", parse,
                "K", constName);
    }

    private static void handlerBlock(Ctx c, Entity e) {
        String E = e.name;
        String handler = c.unique(E + "Handler");
        String verb = Words.pick(c.r, Words.VERBS);
        String path = "/v1/" + Words.plural(Words.snake(E).replace('_', '-')) + "/";
        e.handler = handler;
        e.handlerPath = path;
        String method = "handle" + verb;
        c.use("encoding/json", "errors", "fmt", "io", "net/http", "strings");
        sep(c);
        c.t("""
                // «H» serves the «human» API under «path».
                type «H» struct {
                    store «E»Repository
                    logf  func(format string, args ...any)
                }

                // Routes returns the handler's routes wrapped in middleware, outermost first.
                func (h *«H») Routes(middleware ...func(http.Handler) http.Handler) http.Handler {
                    mux := http.NewServeMux()
                    mux.HandleFunc("«path»", h.«m»)
                    var handler http.Handler = mux
                    for i := len(middleware) - 1; i >= 0; i-- {
                        handler = middleware[i](handler)
                    }
                    return handler
                }

                // «m» serves POST «path»{id}: it «verb»s one «human».
                func (h *«H») «m»(w http.ResponseWriter, r *http.Request) {
                    if r.Method != http.MethodPost {
                        w.Header().Set("Allow", http.MethodPost)
                        http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
                        return
                    }
                    id := strings.TrimPrefix(r.URL.Path, "«path»")
                """, "H", handler, "E", E, "path", path, "m", method, "human", Words.human(E), "verb",
                verb.toLowerCase());
        c.w.at(1).line("var req struct {").at(2);
        c.w.row("Reason", "string", "`json:\"reason\"`");
        c.w.row("Labels", "map[string]string", "`json:\"labels,omitempty\"`");
        c.w.row("DryRun", "bool", "`json:\"dry_run\"`");
        if (c.chance(50)) {
            c.w.row("RequestedBy", "string", "`json:\"requested_by\"`");
        }
        c.w.at(1).line("}");
        c.t("""
                dec := json.NewDecoder(io.LimitReader(r.Body, 1<<20))
                dec.DisallowUnknownFields()
                if err := dec.Decode(&req); err != nil {
                    http.Error(w, fmt.Sprintf("bad request: %v", err), http.StatusBadRequest)
                    return
                }
                item, err := h.store.Get(r.Context(), id)
                switch {
                case errors.Is(err, ErrNotFound):
                    http.Error(w, "no such «human»", http.StatusNotFound)
                    return
                case err != nil:
                    h.logf("get «human» %s: %v", id, err)
                    http.Error(w, "internal error", http.StatusInternalServerError)
                    return
                }
                if !req.DryRun {
                    for k, v := range req.Labels {
                        item.Labels[k] = v
                    }
                    if err := h.store.Put(r.Context(), item); err != nil {
                        h.logf("put «human» %s: %v", id, err)
                        http.Error(w, "internal error", http.StatusInternalServerError)
                        return
                    }
                }
                w.Header().Set("Content-Type", "application/json")
                if err := json.NewEncoder(w).Encode(item); err != nil {
                    h.logf("encode response: %v", err)
                }
                """, "human", Words.human(E));
        c.w.at(0).line("}");
    }

    private static void errorTypeBlock(Ctx c, Entity e) {
        String E = e.name;
        String type = c.unique(E + "Error");
        e.errorType = type;
        c.use("errors", "fmt");
        sep(c);
        c.t("""
                // «T» describes a failed operation on one «human».
                type «T» struct {
                    Op  string
                    ID  string
                    Err error
                }

                func (e *«T») Error() string {
                    return fmt.Sprintf("%s «human» %s: %v", e.Op, e.ID, e.Err)
                }

                // Unwrap returns the cause, for errors.Is and errors.As.
                func (e *«T») Unwrap() error {
                    return e.Err
                }

                // Is«T»Conflict reports whether err is a conflict on a «human».
                func Is«T»Conflict(err error) bool {
                    var e *«T»
                    return errors.As(err, &e) && errors.Is(e.Err, ErrConflict)
                }
                """, "T", type, "human", Words.human(E));
    }

    private static void sqlBlock(Ctx c, Entity e) {
        String E = e.name;
        e.blocks.add("sql");
        String table = Words.plural(Words.snake(E));
        List<String> columns = new ArrayList<>(List.of(Words.TABLE_COLUMNS));
        List<String> picked = new ArrayList<>();
        int n = c.between(1, 4);
        for (int i = 0; i < n; i++) {
            picked.add(columns.remove(c.r.nextInt(columns.size())));
        }
        String store = c.unique(E + "SQLStore");
        String query = c.unique(Words.lowerCamel(E) + "RecentQuery");
        String upsert = c.unique(Words.lowerCamel(E) + "UpsertQuery");
        c.use("context", "database/sql", "encoding/json", "fmt", "time");
        sep(c);
        c.w.comment(query + " selects the newest live " + Words.plural(Words.human(E)) + " of a tenant.");
        c.w.line("const " + query + " = `");
        c.w.verbatim("SELECT id, name, created_at, labels, " + String.join(", ", picked));
        c.w.verbatim("FROM " + table);
        c.w.verbatim("WHERE tenant_id = $1");
        c.w.verbatim("  AND deleted_at IS NULL");
        c.w.verbatim("  AND created_at >= $2");
        c.w.verbatim("ORDER BY created_at DESC, id");
        c.w.verbatim("LIMIT $3`");
        c.w.blank();
        c.w.line("const " + upsert + " = `");
        c.w.verbatim("INSERT INTO " + table + " (id, name, labels, created_at)");
        c.w.verbatim("VALUES ($1, $2, $3, $4)");
        c.w.verbatim("ON CONFLICT (id) DO UPDATE");
        c.w.verbatim("SET name = EXCLUDED.name,");
        c.w.verbatim("    labels = EXCLUDED.labels,");
        c.w.verbatim("    updated_at = now()`");
        c.t("""

                // «S» reads and writes «humans» in PostgreSQL.
                type «S» struct {
                    db      *sql.DB
                    timeout time.Duration
                }

                // Recent returns the newest «humans» of a tenant created at or after since.
                func (s *«S») Recent(ctx context.Context, tenant string, since time.Time, limit int) ([]*«E», error) {
                    ctx, cancel := context.WithTimeout(ctx, s.timeout)
                    defer cancel()
                    rows, err := s.db.QueryContext(ctx, «Q», tenant, since, limit)
                    if err != nil {
                        return nil, fmt.Errorf("query «table»: %w", err)
                    }
                    defer rows.Close()
                    var out []*«E»
                    for rows.Next() {
                        var (
                            item   «E»
                            labels []byte
                        )
                        if err := rows.Scan(&item.ID, &item.Name, &item.CreatedAt, &labels); err != nil {
                            return nil, fmt.Errorf("scan «table»: %w", err)
                        }
                        if len(labels) > 0 {
                            if err := json.Unmarshal(labels, &item.Labels); err != nil {
                                return nil, fmt.Errorf("«human» %s: decode labels: %w", item.ID, err)
                            }
                        }
                        out = append(out, &item)
                    }
                    return out, rows.Err()
                }

                // Upsert writes the «humans» in one transaction: all of them or none.
                func (s *«S») Upsert(ctx context.Context, items []*«E») (err error) {
                    tx, err := s.db.BeginTx(ctx, nil)
                    if err != nil {
                        return fmt.Errorf("begin: %w", err)
                    }
                    defer func() {
                        if err != nil {
                            _ = tx.Rollback()
                        }
                    }()
                    stmt, err := tx.PrepareContext(ctx, «U»)
                    if err != nil {
                        return fmt.Errorf("prepare upsert: %w", err)
                    }
                    defer stmt.Close()
                    for _, item := range items {
                        labels, err := json.Marshal(item.Labels)
                        if err != nil {
                            return fmt.Errorf("«human» %s: encode labels: %w", item.ID, err)
                        }
                        if _, err := stmt.ExecContext(ctx, item.ID, item.Name, labels, item.CreatedAt); err != nil {
                            return fmt.Errorf("upsert «human» %s: %w", item.ID, err)
                        }
                    }
                    return tx.Commit()
                }
                """, "S", store, "E", E, "Q", query, "U", upsert, "table", table, "human", Words.human(E), "humans",
                Words.plural(Words.human(E)));
    }

    // ---------------------------------------------------------------- repeatable blocks

    private static void genericsBlock(Ctx c, Entity e) {
        String suffix = e.name;
        sep(c);
        int variant = c.r.nextInt(4);
        switch (variant) {
            case 0 -> {
                String num = c.unique("Number");
                String sum = c.unique("Sum" + Words.plural(suffix));
                e.sum = sum;
                c.t("""
                        // «N» is the set of types «S» can add up.
                        type «N» interface {
                            ~int | ~int32 | ~int64 | ~float32 | ~float64
                        }

                        // «S» adds up f over items; it returns the zero value for none.
                        func «S»[T any, V «N»](items []T, f func(T) V) V {
                            var total V
                            for _, item := range items {
                                total += f(item)
                            }
                            return total
                        }
                        """, "N", num, "S", sum);
            }
            case 1 -> {
                String map = c.unique("Map" + Words.plural(suffix));
                String filter = c.unique("Filter" + Words.plural(suffix));
                String group = c.unique("Group" + Words.plural(suffix));
                c.t("""
                        // «M» returns f applied to every element of in, in order.
                        func «M»[T, U any](in []T, f func(T) U) []U {
                            out := make([]U, 0, len(in))
                            for _, v := range in {
                                out = append(out, f(v))
                            }
                            return out
                        }

                        // «F» returns the elements of in for which keep is true, reusing in's array.
                        func «F»[T any](in []T, keep func(T) bool) []T {
                            out := in[:0]
                            for _, v := range in {
                                if keep(v) {
                                    out = append(out, v)
                                }
                            }
                            return out
                        }

                        // «G» groups items by key, keeping their order within a group.
                        func «G»[T any, K comparable](items []T, key func(T) K) map[K][]T {
                            groups := make(map[K][]T)
                            for _, item := range items {
                                k := key(item)
                                groups[k] = append(groups[k], item)
                            }
                            return groups
                        }
                        """, "M", map, "F", filter, "G", group);
            }
            case 2 -> {
                String cache = c.unique(suffix + "Cache");
                c.use("sync");
                c.t("""
                        // «C» is a map bounded to limit entries that evicts the oldest insert first.
                        type «C»[K comparable, V any] struct {
                            mu    sync.Mutex
                            order []K
                            items map[K]V
                            limit int
                        }

                        // New«C» returns an empty cache holding at most limit entries.
                        func New«C»[K comparable, V any](limit int) *«C»[K, V] {
                            return &«C»[K, V]{items: make(map[K]V, limit), limit: limit}
                        }

                        // Put stores value under key, evicting the oldest entries beyond the limit.
                        func (c *«C»[K, V]) Put(key K, value V) {
                            c.mu.Lock()
                            defer c.mu.Unlock()
                            if _, ok := c.items[key]; !ok {
                                c.order = append(c.order, key)
                            }
                            c.items[key] = value
                            for len(c.order) > c.limit {
                                oldest := c.order[0]
                                c.order = c.order[1:]
                                delete(c.items, oldest)
                            }
                        }

                        // Get returns the value stored under key.
                        func (c *«C»[K, V]) Get(key K) (V, bool) {
                            c.mu.Lock()
                            defer c.mu.Unlock()
                            v, ok := c.items[key]
                            return v, ok
                        }
                        """, "C", cache);
                c.pkg.declared.add("New" + cache);
            }
            default -> {
                String set = c.unique(suffix + "Set");
                String pair = c.unique(suffix + "Pair");
                c.use("sort");
                c.t("""
                        // «S» is a set of comparable values.
                        type «S»[T comparable] map[T]struct{}

                        // Add puts the values into the set.
                        func (s «S»[T]) Add(values ...T) {
                            for _, v := range values {
                                s[v] = struct{}{}
                            }
                        }

                        // Has reports whether v is in the set.
                        func (s «S»[T]) Has(v T) bool {
                            _, ok := s[v]
                            return ok
                        }

                        // «P» holds two related values.
                        type «P»[A, B any] struct {
                            First  A
                            Second B
                        }

                        // Sorted returns the set's elements ordered by less.
                        func (s «S»[T]) Sorted(less func(a, b T) bool) []T {
                            out := make([]T, 0, len(s))
                            for v := range s {
                                out = append(out, v)
                            }
                            sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
                            return out
                        }
                        """, "S", set, "P", pair);
            }
        }
    }

    private static void workersBlock(Ctx c, Entity e) {
        String E = e.name;
        String fn = c.unique(Words.pick(c.r, Words.VERBS) + "All" + Words.plural(E));
        c.use("context", "fmt", "sync");
        sep(c);
        c.doc(fn + " runs fn on every " + Words.human(E) + " with at most workers goroutines and returns the "
                + "first error; the remaining work is cancelled when one fails.", c.between(0, 1));
        c.t("""
                func «F»(ctx context.Context, items []*«E», workers int, fn func(context.Context, *«E») error) error {
                    if workers < 1 {
                        workers = 1
                    }
                    ctx, cancel := context.WithCancel(ctx)
                    defer cancel()

                    jobs := make(chan *«E»)
                    errc := make(chan error, 1)
                    var wg sync.WaitGroup
                    for i := 0; i < workers; i++ {
                        wg.Add(1)
                        go func() {
                            defer wg.Done()
                            for item := range jobs {
                                if err := fn(ctx, item); err != nil {
                                    select {
                                    case errc <- fmt.Errorf("«human» %s: %w", item.ID, err):
                                    default:
                                    }
                                    cancel()
                                    return
                                }
                            }
                        }()
                    }

                feed:
                    for _, item := range items {
                        select {
                        case <-ctx.Done():
                            break feed
                        case jobs <- item:
                        }
                    }
                    close(jobs)
                    wg.Wait()
                    select {
                    case err := <-errc:
                        return err
                    default:
                        return nil
                    }
                }
                """, "F", fn, "E", E, "human", Words.human(E));
    }

    private static void describeBlock(Ctx c, Entity e) {
        String fn = c.unique("describe" + e.name + "Value");
        c.use("fmt", "strconv", "strings");
        sep(c);
        c.w.comment(fn + " renders a value of a " + Words.human(e.name) + "'s metadata for logs.");
        c.w.line("func " + fn + "(v any) string {");
        c.w.at(1).line("switch v := v.(type) {");
        c.w.line("case nil:");
        c.w.at(2).line("return \"<nil>\"").at(1);
        c.w.line("case string:");
        c.w.at(2).line("return strconv.Quote(v)").at(1);
        if (c.chance(70)) {
            c.w.line("case int, int32, int64:");
            c.w.at(2).line("return fmt.Sprintf(\"%d\", v)").at(1);
        }
        if (c.chance(60)) {
            c.w.line("case float64:");
            c.w.at(2).line("return strconv.FormatFloat(v, 'f', -1, 64)").at(1);
        }
        if (c.chance(60)) {
            c.t("""
                    case bool:
                        if v {
                            return "yes"
                        }
                        return "no"
                    """);
        }
        if (c.chance(50)) {
            c.use("time");
            c.w.line("case time.Time:");
            c.w.at(2).line("return v.UTC().Format(time.RFC3339)").at(1);
            c.w.line("case time.Duration:");
            c.w.at(2).line("return v.Round(time.Millisecond).String()").at(1);
        }
        if (c.chance(60)) {
            c.w.line("case []string:");
            c.w.at(2).line("return \"[\" + strings.Join(v, \", \") + \"]\"").at(1);
        }
        if (c.chance(60)) {
            c.use("sort");
            c.t("""
                    case map[string]string:
                        keys := make([]string, 0, len(v))
                        for k := range v {
                            keys = append(keys, k)
                        }
                        sort.Strings(keys)
                        var b strings.Builder
                        for i, k := range keys {
                            if i > 0 {
                                b.WriteString(", ")
                            }
                            fmt.Fprintf(&b, "%s=%s", k, v[k])
                        }
                        return b.String()
                    """);
        }
        c.t("""
                case fmt.Stringer:
                    return v.String()
                case error:
                    return "error: " + v.Error()
                default:
                    return fmt.Sprintf("%v", v)
                }
                """);
        c.w.at(0).line("}");
    }

    private static void retryBlock(Ctx c, Entity e) {
        String fn = c.unique(Words.lowerCamel(Words.pick(c.r, Words.VERBS)) + e.name + "WithRetry");
        c.use("context", "fmt", "math/rand", "time");
        sep(c);
        c.doc(fn + " calls fn until it succeeds, ctx is done or attempts run out, sleeping with "
                + "exponential backoff and jitter in between.", c.between(0, 1));
        c.t("""
                func «F»(ctx context.Context, attempts int, base time.Duration, fn func(context.Context) error) error {
                    var last error
                    for attempt := 0; attempt < attempts; attempt++ {
                        if attempt > 0 {
                            delay := base << uint(attempt-1)
                            if delay > «cap»*time.Second {
                                delay = «cap» * time.Second
                            }
                            delay += time.Duration(rand.Int63n(int64(delay)/2 + 1))
                            timer := time.NewTimer(delay)
                            select {
                            case <-ctx.Done():
                                timer.Stop()
                                return fmt.Errorf("after %d attempts: %w", attempt, ctx.Err())
                            case <-timer.C:
                            }
                        }
                        if last = fn(ctx); last == nil {
                            return nil
                        }
                    }
                    return fmt.Errorf("gave up after %d attempts: %w", attempts, last)
                }
                """, "F", fn, "cap", Integer.toString(c.between(5, 60)));
    }

    /**
     * A controller-style reconcile step logging through logr (`log.V(n).Info`, `log.Error`), as
     * Kubernetes operators do: the calls a common-name codemod looks for. Its error is wrapped
     * with errors.Wrap where the package uses github.com/pkg/errors; some steps sleep.
     */
    private static void reconcileBlock(Ctx c, Entity e) {
        String fn = c.unique("reconcile" + e.name);
        String human = Words.human(e.name);
        c.use("context");
        c.thirdParty.add("github.com/go-logr/logr");
        String wrap;
        if (c.pkg.pkgErrors) {
            c.use("errors");
            wrap = "errors.Wrap(err, \"load " + human + "\")";
        } else {
            c.use("fmt");
            wrap = "fmt.Errorf(\"load " + human + ": %w\", err)";
        }
        String verbosity = Integer.toString(c.chance(50) ? 0 : c.between(1, 2));
        sep(c);
        c.doc(fn + " brings the " + human + " with the given id to its desired state, logging each step.",
                c.between(0, 1));
        c.t("""
                func «F»(ctx context.Context, log logr.Logger, load func(context.Context, string) (int64, error), id string) error {
                    log = log.WithValues("«key»", id)
                    log.V(1).Info("reconciling")
                    version, err := load(ctx, id)
                    if err != nil {
                        log.Error(err, "load failed")
                        return «wrap»
                    }
                """, "F", fn, "key", Words.snake(e.name), "wrap", wrap);
        if (c.chance(30)) {
            c.use("time");
            c.t("""
                        // give the informer's cache time to catch up with the write
                        time.Sleep(«ms» * time.Millisecond)
                    """, "ms", Integer.toString(10 * c.between(1, 20)));
        }
        c.t("""
                    if version == 0 {
                        log.V(«v»).Info("nothing to do", "version", version)
                        return nil
                    }
                    log.Info("reconciled", "version", version, "attempt", «n»)
                    return nil
                }
                """, "v", verbosity, "n", Integer.toString(c.between(1, 5)));
    }

    private static void limitsBlock(Ctx c, Entity e) {
        String name = c.unique(Words.lowerCamel(e.name) + "Limits");
        c.use("time");
        sep(c);
        c.w.comment(name + " are the per-plan limits applied to " + Words.plural(Words.human(e.name)) + ".");
        c.w.line("var " + name + " = map[string]struct {").at(1);
        c.w.row("MaxItems", "int");
        c.w.row("Burst", "int");
        c.w.row("Timeout", "time.Duration");
        c.w.at(0).line("}{").at(1);
        String[] plans = {"free", "starter", "team", "business", "enterprise", "internal"};
        int n = c.between(2, plans.length);
        int items = c.between(5, 50);
        for (int i = 0; i < n; i++) {
            c.w.row("\"" + plans[i] + "\":", "{MaxItems: " + items + ", Burst: " + Math.max(1, items / 5)
                    + ", Timeout: " + c.between(1, 90) + " * time.Second},");
            items *= c.between(2, 10);
        }
        c.w.at(0).line("}");
    }

    private static void fixturesBlock(Ctx c, Entity e) {
        String E = e.name;
        String name = c.unique("example" + Words.plural(E));
        String snake = Words.snake(E);
        c.use("time");
        sep(c);
        c.w.comment(name + " are the " + Words.plural(Words.human(E)) + " the demo environment starts with.");
        c.w.line("var " + name + " = []*" + E + "{").at(1);
        int n = c.between(2, 6);
        for (int i = 0; i < n; i++) {
            c.w.line("{").at(2);
            c.w.row("ID:", "\"" + snake + "-" + String.format(java.util.Locale.ROOT, "%04d", c.between(1, 9999)) + "\",");
            c.w.row("Name:", "\"" + Words.human(Words.pick(c.r, Words.ADJECTIVES)) + " " + Words.human(E) + " " + (i + 1) + "\",");
            if (c.chance(70)) {
                c.w.row("Labels:", "map[string]string{\"team\": \"" + Words.pick(c.r, Words.TEAMS) + "\", \"tier\": \""
                        + (c.chance(50) ? "gold" : "standard") + "\"},");
            }
            c.w.row("CreatedAt:", "time.Date(2025, time.Month(" + c.between(1, 12) + "), " + c.between(1, 28) + ", "
                    + c.between(0, 23) + ", 0, 0, 0, time.UTC),");
            c.w.at(1).line("},");
        }
        c.w.at(0).line("}");
    }

    private static void middlewareBlock(Ctx c, Entity e) {
        String fn = c.unique("with" + e.name + "Logging");
        String recorder = "statusRecorder";
        c.use("net/http", "time");
        sep(c);
        if (c.pkg.declared.add(recorder)) {
            c.t("""
                    // statusRecorder remembers the status code a handler wrote.
                    type statusRecorder struct {
                        http.ResponseWriter
                        status int
                    }

                    func (r *statusRecorder) WriteHeader(code int) {
                        r.status = code
                        r.ResponseWriter.WriteHeader(code)
                    }

                    """);
        }
        c.t("""
                // «F» logs each «human» request's method, path, status and duration, and turns a
                // panic in next into a 500.
                func «F»(logf func(string, ...any), next http.Handler) http.Handler {
                    return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
                        start := time.Now()
                        rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
                        defer func() {
                            if p := recover(); p != nil {
                                http.Error(w, "internal error", http.StatusInternalServerError)
                                logf("panic serving %s: %v", r.URL.Path, p)
                            }
                            logf("%s %s %d %s", r.Method, r.URL.Path, rec.status, time.Since(start))
                        }()
                        next.ServeHTTP(rec, r)
                    })
                }
                """, "F", fn, "human", Words.human(e.name));
    }

    private static void mergeBlock(Ctx c, Entity e) {
        String fn = c.unique("Merge" + e.name + "Streams");
        c.use("context", "sync");
        sep(c);
        c.t("""
                // «F» forwards every value from the inputs to one channel, closed when all
                // inputs are closed or ctx is done.
                func «F»[T any](ctx context.Context, inputs ...<-chan T) <-chan T {
                    out := make(chan T)
                    var wg sync.WaitGroup
                    wg.Add(len(inputs))
                    for _, in := range inputs {
                        go func(in <-chan T) {
                            defer wg.Done()
                            for v := range in {
                                select {
                                case out <- v:
                                case <-ctx.Done():
                                    return
                                }
                            }
                        }(in)
                    }
                    go func() {
                        wg.Wait()
                        close(out)
                    }()
                    return out
                }
                """, "F", fn);
    }

    private static void pipelineBlock(Ctx c, Entity e) {
        String E = e.name;
        String fn = c.unique("summarize" + Words.plural(E));
        String counter = c.unique(Words.lowerCamel(E) + "Counter");
        c.use("fmt", "sort", "strings");
        sep(c);
        c.t("""
                // «F» returns one line per team: how many «humans» it owns and the oldest one.
                func «F»(items []*«E») string {
                    type summary struct {
                        count  int
                        oldest *«E»
                    }
                    byTeam := map[string]*summary{}
                    for _, item := range items {
                        team := item.Labels["team"]
                        if team == "" {
                            team = "(none)"
                        }
                        s, ok := byTeam[team]
                        if !ok {
                            s = &summary{}
                            byTeam[team] = s
                        }
                        s.count++
                        if s.oldest == nil || item.CreatedAt.Before(s.oldest.CreatedAt) {
                            s.oldest = item
                        }
                    }
                    teams := make([]string, 0, len(byTeam))
                    for team := range byTeam {
                        teams = append(teams, team)
                    }
                    sort.Slice(teams, func(i, j int) bool {
                        if byTeam[teams[i]].count != byTeam[teams[j]].count {
                            return byTeam[teams[i]].count > byTeam[teams[j]].count
                        }
                        return teams[i] < teams[j]
                    })
                    var b strings.Builder
                    for _, team := range teams {
                        s := byTeam[team]
                        fmt.Fprintf(&b, "%-20s %5d  oldest %s (%s)\\n", team, s.count, s.oldest.ID, s.oldest.Name)
                    }
                    return b.String()
                }

                // «C» returns a function that counts calls per key and returns the running total.
                func «C»() func(key string) int {
                    counts := map[string]int{}
                    total := 0
                    return func(key string) int {
                        counts[key]++
                        total++
                        return total
                    }
                }
                """, "F", fn, "C", counter, "E", E, "humans", Words.plural(Words.human(E)));
    }

    // ---------------------------------------------------------------- doc.go and main.go

    private static void docFile(Ctx c) {
        c.use("errors");
        String p = c.pkg.name;
        c.w.comment("Errors returned by the package; wrapped errors match them with errors.Is.");
        c.w.line("var (").at(1);
        c.w.row(c.unique("ErrNotFound"), "= errors.New(\"" + p + ": not found\")");
        c.w.row(c.unique("ErrConflict"), "= errors.New(\"" + p + ": conflicting update\")");
        c.w.row(c.unique("ErrInvalidArgument"), "= errors.New(\"" + p + ": invalid argument\")");
        if (c.chance(50)) {
            c.w.row(c.unique("ErrExpired"), "= errors.New(\"" + p + ": expired\")");
        }
        c.w.at(0).line(")");
        c.w.blank();
        c.w.comment("Version is the API version the package speaks.");
        c.w.line("const Version = \"v" + c.between(1, 3) + "." + c.between(0, 20) + "." + c.between(0, 9) + "\"");
    }

    private static void mainBlock(Ctx c) {
        String svc = c.pkg.service;
        c.use("context", "errors", "flag", "fmt", "net/http", "os", "os/signal", "syscall", "time");
        c.w.line("func main() {");
        c.w.at(1).line("var (").at(2);
        c.w.row("addr", "= flag.String(\"addr\", \":" + c.between(8000, 9999) + "\", \"listen address\")");
        c.w.row("timeout", "= flag.Duration(\"shutdown-timeout\", " + c.between(5, 30)
                + "*time.Second, \"how long to wait for requests in flight\")");
        c.w.row("verbose", "= flag.Bool(\"v\", false, \"log every request\")");
        c.w.at(1).line(")");
        c.t("""
                flag.Parse()

                ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
                defer stop()

                """);
        c.w.line("srv := &http.Server{").at(2);
        c.w.row("Addr:", "*addr,");
        c.w.row("Handler:", "newRouter(*verbose),");
        c.w.row("ReadHeaderTimeout:", c.between(2, 10) + " * time.Second,");
        c.w.at(1).line("}");
        c.t("""
                errc := make(chan error, 1)
                go func() {
                    errc <- srv.ListenAndServe()
                }()
                fmt.Fprintf(os.Stderr, "«svc»: listening on %s\\n", *addr)
                select {
                case err := <-errc:
                    fmt.Fprintln(os.Stderr, "«svc»:", err)
                    os.Exit(1)
                case <-ctx.Done():
                }
                shutdownCtx, cancel := context.WithTimeout(context.Background(), *timeout)
                defer cancel()
                if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
                    fmt.Fprintln(os.Stderr, "«svc»: shutdown:", err)
                    os.Exit(1)
                }
                """, "svc", svc);
        c.w.at(0).line("}");
        c.t("""

                // newRouter returns the process's HTTP routes: health, readiness and version.
                func newRouter(verbose bool) http.Handler {
                    mux := http.NewServeMux()
                    started := time.Now()
                    mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
                        w.WriteHeader(http.StatusNoContent)
                    })
                    mux.HandleFunc("/version", func(w http.ResponseWriter, r *http.Request) {
                        fmt.Fprintf(w, "«svc» up %s\\n", time.Since(started).Round(time.Second))
                    })
                    if !verbose {
                        return mux
                    }
                    return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
                        fmt.Fprintf(os.Stderr, "%s %s\\n", r.Method, r.URL.Path)
                        mux.ServeHTTP(w, r)
                    })
                }
                """, "svc", svc);
        c.pkg.declared.add("main");
        c.pkg.declared.add("newRouter");
    }

    // ---------------------------------------------------------------- tests

    private static void testBlock(Ctx c, Entity e) {
        List<Runnable> options = new ArrayList<>();
        if (e.parseEnum != null && e.tested.add("enum")) {
            options.add(() -> enumTest(c, e));
        }
        if (e.store != null && e.tested.add("store")) {
            options.add(() -> storeTest(c, e));
        }
        if (e.parseConfig != null && e.tested.add("config")) {
            options.add(() -> configTest(c, e));
        }
        if (e.handler != null && e.tested.add("handler")) {
            options.add(() -> handlerTest(c, e));
        }
        if (e.errorType != null && e.tested.add("error")) {
            options.add(() -> errorTest(c, e));
        }
        if (e.sum != null && e.tested.add("sum")) {
            options.add(() -> sumBenchmark(c, e));
        }
        if (!options.isEmpty()) {
            options.get(c.r.nextInt(options.size())).run();
            return;
        }
        switch (c.r.nextInt(3)) {
            case 0 -> slugTest(c, e);
            case 1 -> workersTest(c, e);
            default -> {
                if (c.pkg.declared.contains("assertEqual")) {
                    slugTest(c, e);
                } else {
                    helperBlock(c);
                }
            }
        }
    }

    private static void enumTest(Ctx c, Entity e) {
        String test = c.unique("Test" + e.parseEnum);
        sep(c);
        c.w.line("func " + test + "(t *testing.T) {");
        c.w.at(1).line("tests := []struct {").at(2);
        c.w.row("name", "string");
        c.w.row("in", "string");
        c.w.row("want", e.enumType);
        c.w.row("wantErr", "bool");
        c.w.at(1).line("}{").at(2);
        c.w.line("{name: \"empty\", in: \"\", wantErr: true},");
        c.w.line("{name: \"garbage\", in: \"no-such-value\", wantErr: true},");
        for (String v : e.enumValues) {
            String word = Words.snake(v.substring(e.enumType.length()));
            c.w.line("{name: \"" + word + "\", in: \"" + word + "\", want: " + v + "},");
            if (c.chance(30)) {
                c.w.line("{name: \"" + word + " padded upper\", in: \"  " + word.toUpperCase() + " \", want: " + v + "},");
            }
        }
        c.w.at(1).line("}");
        c.t("""
                for _, tt := range tests {
                    tt := tt
                    t.Run(tt.name, func(t *testing.T) {
                        t.Parallel()
                        got, err := «P»(tt.in)
                        if (err != nil) != tt.wantErr {
                            t.Fatalf("«P»(%q) error = %v, wantErr %v", tt.in, err, tt.wantErr)
                        }
                        if got != tt.want {
                            t.Errorf("«P»(%q) = %v, want %v", tt.in, got, tt.want)
                        }
                        if !tt.wantErr && got.String() != strings.ToLower(strings.TrimSpace(tt.in)) {
                            t.Errorf("String() = %q, does not round-trip %q", got.String(), tt.in)
                        }
                    })
                }
                """, "P", e.parseEnum);
        c.w.at(0).line("}");
        c.use("strings");
    }

    private static void storeTest(Ctx c, Entity e) {
        String test = c.unique("Test" + e.store + "Concurrent");
        int n = c.between(4, 32);
        c.use("context", "fmt", "sync");
        sep(c);
        c.t("""
                func «T»(t *testing.T) {
                    store := New«S»()
                    ctx := context.Background()
                    var wg sync.WaitGroup
                    for i := 0; i < «n»; i++ {
                        wg.Add(1)
                        go func(i int) {
                            defer wg.Done()
                            item := New«E»(fmt.Sprintf("item-%02d", i))
                            if err := store.Put(ctx, item); err != nil {
                                t.Errorf("Put: %v", err)
                            }
                        }(i)
                    }
                    wg.Wait()

                    var all []*«E»
                    cursor := ""
                    for {
                        page, next, err := store.List(ctx, cursor, 5)
                        if err != nil {
                            t.Fatal(err)
                        }
                        all = append(all, page...)
                        if next == "" {
                            break
                        }
                        cursor = next
                    }
                    if len(all) != «n» {
                        t.Fatalf("listed %d «humans», want «n»", len(all))
                    }
                    if _, err := store.Get(ctx, "missing"); !errors.Is(err, ErrNotFound) {
                        t.Errorf("Get(missing) = %v, want ErrNotFound", err)
                    }
                }
                """, "T", test, "S", e.store, "E", e.name, "n", Integer.toString(n), "humans",
                Words.plural(Words.human(e.name)));
        c.use("errors");
    }

    private static void configTest(Ctx c, Entity e) {
        String test = c.unique("Test" + Words.capitalize(e.parseConfig));
        c.use("reflect");
        sep(c);
        c.t("""
                func «T»(t *testing.T) {
                    got, err := «P»(«K»)
                    if err != nil {
                        t.Fatal(err)
                    }
                """, "T", test, "P", e.parseConfig, "K", e.configConst);
        c.w.at(1).line("want := map[string]string{").at(2);
        for (Map.Entry<String, String> kv : e.configValues.entrySet()) {
            c.w.row("\"" + kv.getKey() + "\":", "\"" + kv.getValue() + "\",");
        }
        c.w.at(1).line("}");
        c.t("""
                if !reflect.DeepEqual(got, want) {
                    t.Errorf("«P»() = %v, want %v", got, want)
                }
                """, "P", e.parseConfig);
        c.w.at(0).line("}");
        c.w.blank();
        c.t("""
                func Fuzz«Pc»(f *testing.F) {
                    f.Add(«K»)
                    f.Add("a:\\n  b: c\\n")
                    f.Fuzz(func(t *testing.T, text string) {
                        values, err := «P»(text)
                        if err != nil {
                            return
                        }
                        for key := range values {
                            if strings.HasSuffix(key, ".") {
                                t.Fatalf("key %q ends with a dot (input %q)", key, text)
                            }
                        }
                    })
                }
                """, "Pc", c.unique(Words.capitalize(e.parseConfig)), "P", e.parseConfig, "K", e.configConst);
        c.use("strings");
    }

    private static void handlerTest(Ctx c, Entity e) {
        String test = c.unique("Test" + e.handler + "RejectsGet");
        c.use("net/http", "net/http/httptest");
        sep(c);
        c.t("""
                func «T»(t *testing.T) {
                    h := &«H»{logf: t.Logf}
                    rec := httptest.NewRecorder()
                    req := httptest.NewRequest(http.MethodGet, "«path»x", nil)
                    h.Routes().ServeHTTP(rec, req)
                    if rec.Code != http.StatusMethodNotAllowed {
                        t.Fatalf("status = %d, want %d", rec.Code, http.StatusMethodNotAllowed)
                    }
                    if got := rec.Header().Get("Allow"); got != http.MethodPost {
                        t.Errorf("Allow = %q, want %q", got, http.MethodPost)
                    }
                }
                """, "T", test, "H", e.handler, "path", e.handlerPath);
    }

    private static void errorTest(Ctx c, Entity e) {
        String test = c.unique("Test" + e.errorType + "Wrapping");
        c.use("errors", "fmt");
        sep(c);
        c.t("""
                func «T»(t *testing.T) {
                    base := &«E»{Op: "update", ID: "x-1", Err: ErrConflict}
                    wrapped := fmt.Errorf("handler: %w", base)
                    if !errors.Is(wrapped, ErrConflict) {
                        t.Fatalf("errors.Is(%v, ErrConflict) = false", wrapped)
                    }
                    var target *«E»
                    if !errors.As(wrapped, &target) || target.ID != "x-1" {
                        t.Fatalf("errors.As did not find the «human» error in %v", wrapped)
                    }
                    if !Is«E»Conflict(wrapped) {
                        t.Errorf("Is«E»Conflict(%v) = false, want true", wrapped)
                    }
                }
                """, "T", test, "E", e.errorType, "human", Words.human(e.name));
    }

    private static void sumBenchmark(Ctx c, Entity e) {
        String bench = c.unique("Benchmark" + e.sum);
        int n = 1 << c.between(6, 14);
        sep(c);
        c.t("""
                func «B»(b *testing.B) {
                    items := make([]int, «n»)
                    for i := range items {
                        items[i] = i
                    }
                    b.ReportAllocs()
                    b.ResetTimer()
                    for i := 0; i < b.N; i++ {
                        if got := «S»(items, func(v int) int { return v * 2 }); got <= 0 {
                            b.Fatalf("«S» = %d", got)
                        }
                    }
                }
                """, "B", bench, "S", e.sum, "n", Integer.toString(n));
    }

    private static void slugTest(Ctx c, Entity e) {
        String fn = c.unique("slug" + e.name);
        String test = c.unique("Test" + Words.capitalize(fn));
        c.use("strings", "unicode");
        sep(c);
        c.t("""
                // «F» turns a «human» name into the form used in URLs.
                func «F»(name string) string {
                    var b strings.Builder
                    dash := false
                    for _, r := range strings.TrimSpace(name) {
                        switch {
                        case unicode.IsLetter(r) || unicode.IsDigit(r):
                            b.WriteRune(unicode.ToLower(r))
                            dash = false
                        case !dash && b.Len() > 0:
                            b.WriteByte('-')
                            dash = true
                        }
                    }
                    return strings.TrimSuffix(b.String(), "-")
                }

                func «T»(t *testing.T) {
                """, "F", fn, "T", test, "human", Words.human(e.name));
        c.w.at(1).line("for _, tt := range []struct {").at(2);
        c.w.row("in", "string");
        c.w.row("want", "string");
        c.w.at(1).line("}{").at(2);
        String h = Words.human(e.name);
        c.w.line("{\"\", \"\"},");
        c.w.line("{\"" + h + "\", \"" + h.replace(' ', '-') + "\"},");
        int no = c.between(1, 99);
        c.w.line("{\"  " + Words.capitalize(h) + " №" + no + "!  \", \"" + h.replace(' ', '-') + "-" + no + "\"},");
        c.w.line("{\"Ünïcode " + h + "\", \"ünïcode-" + h.replace(' ', '-') + "\"},");
        c.w.line("{\"a--b__c\", \"a-b-c\"},");
        c.w.at(1).line("} {").at(2);
        c.t("""
                if got := «F»(tt.in); got != tt.want {
                    t.Errorf("«F»(%q) = %q, want %q", tt.in, got, tt.want)
                }
                """, "F", fn);
        c.w.at(1).line("}");
        c.w.at(0).line("}");
    }

    private static void workersTest(Ctx c, Entity e) {
        String test = c.unique("Test" + e.name + "FanOut");
        int n = c.between(10, 200);
        c.use("context", "sync/atomic", "time");
        sep(c);
        c.t("""
                func «T»(t *testing.T) {
                    ctx, cancel := context.WithTimeout(context.Background(), «s»*time.Second)
                    defer cancel()
                    results := make(chan int)
                    var seen int64
                    for w := 0; w < 4; w++ {
                        go func(w int) {
                            for i := w; i < «n»; i += 4 {
                                select {
                                case results <- i:
                                case <-ctx.Done():
                                    return
                                }
                            }
                        }(w)
                    }
                    for i := 0; i < «n»; i++ {
                        select {
                        case v := <-results:
                            atomic.AddInt64(&seen, int64(v))
                        case <-ctx.Done():
                            t.Fatalf("timed out after %d results", i)
                        }
                    }
                    if got, want := atomic.LoadInt64(&seen), int64(«n»*(«n»-1)/2); got != want {
                        t.Errorf("sum = %d, want %d", got, want)
                    }
                }
                """, "T", test, "n", Integer.toString(n), "s", Integer.toString(c.between(2, 10)));
    }

    private static void helperBlock(Ctx c) {
        c.pkg.declared.add("assertEqual");
        sep(c);
        c.t("""
                // assertEqual fails the test when got and want differ.
                func assertEqual[T comparable](t *testing.T, got, want T) {
                    t.Helper()
                    if got != want {
                        t.Errorf("got %v, want %v", got, want)
                    }
                }

                // mustClose closes c at the end of the test and fails it if closing fails.
                func mustClose(t *testing.T, c interface{ Close() error }) {
                    t.Helper()
                    t.Cleanup(func() {
                        if err := c.Close(); err != nil {
                            t.Errorf("close: %v", err)
                        }
                    })
                }
                """);
        c.pkg.declared.add("mustClose");
    }
}
