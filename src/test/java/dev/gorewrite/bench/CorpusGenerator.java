package dev.gorewrite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a synthetic Go monorepo for the benchmarks: {@code services/<svc>/cmd/...},
 * {@code services/<svc>/internal/...}, {@code pkg/...} and {@code cmd/...} packages of realistic,
 * gofmt-formatted Go (see {@link GoTemplates}), plus the four service files of
 * {@code examples/kubernaut/test/infrastructure/}, copied unchanged into
 * {@code OUT/test/infrastructure/} so that the built-in recipes have their three targets.
 *
 * <pre>java -cp target/gorewrite.jar:target/test-classes dev.gorewrite.bench.CorpusGenerator \
 *     OUT_DIR [--files N] [--megabytes M] [--seed S] [--examples DIR]</pre>
 *
 * <p>N counts every .go file, the four copied ones included (default 3000); M is the total size
 * in MB of 10^6 bytes (default 30; the result lands within a few kB of it); S the seed (default
 * {@value #DEFAULT_SEED}). The same arguments give the same bytes on every machine and JVM:
 * {@link Random} is specified to the bit and nothing depends on hash order, locale or time.
 * OUT_DIR must not exist or be empty. Not a test and not in the product jar ({@code bash
 * bench/monorepo.sh} runs it).
 */
public final class CorpusGenerator {
    public static final int DEFAULT_FILES = 3000;
    public static final double DEFAULT_MEGABYTES = 30;
    public static final long DEFAULT_SEED = 20251226L;
    /** Where the four example service files are, relative to the working directory by default. */
    public static final Path DEFAULT_EXAMPLES = Path.of("examples/kubernaut/test/infrastructure");
    /** Where they go inside OUT_DIR. */
    public static final String EXAMPLES_TARGET = "test/infrastructure";

    /** What was written. */
    public record Summary(int files, long bytes, int packages) {}

    private CorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        Path out = null;
        int files = DEFAULT_FILES;
        double megabytes = DEFAULT_MEGABYTES;
        long seed = DEFAULT_SEED;
        Path examples = DEFAULT_EXAMPLES;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--files" -> files = Integer.parseInt(value(args, ++i));
                    case "--megabytes" -> megabytes = Double.parseDouble(value(args, ++i));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i));
                    case "--examples" -> examples = Path.of(value(args, ++i));
                    case "-h", "--help" -> {
                        System.out.println(usage());
                        return;
                    }
                    default -> {
                        if (args[i].startsWith("-") || out != null) {
                            throw new IllegalArgumentException("unexpected argument: " + args[i]);
                        }
                        out = Path.of(args[i]);
                    }
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("OUT_DIR missing");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("CorpusGenerator: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        Summary s = generate(out, files, Math.round(megabytes * 1e6), seed, examples);
        System.out.printf(Locale.ROOT, "corpus: %s: %d .go files, %d bytes (%.1f MB), %d packages, seed %d, %.1f s%n",
                out, s.files(), s.bytes(), s.bytes() / 1e6, s.packages(), seed, (System.nanoTime() - start) / 1e9);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static String usage() {
        return "usage: CorpusGenerator OUT_DIR [--files N] [--megabytes M] [--seed S] [--examples DIR]\n"
                + "  defaults: --files " + DEFAULT_FILES + " --megabytes " + (int) DEFAULT_MEGABYTES + " --seed "
                + DEFAULT_SEED + " --examples " + DEFAULT_EXAMPLES;
    }

    /**
     * Writes {@code files} .go files of about {@code bytes} bytes in all under {@code out}, four of
     * them the example service files from {@code examples}.
     */
    public static Summary generate(Path out, int files, long bytes, long seed, Path examples) throws IOException {
        if (files < 5) {
            throw new IllegalArgumentException("--files must be at least 5 (4 example files + 1)");
        }
        if (Files.exists(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("OUT_DIR is not empty: " + out);
                }
            }
        }
        List<Path> exampleFiles = exampleFiles(examples);
        Files.createDirectories(out);

        long written = 0;
        Path exampleDir = out.resolve(EXAMPLES_TARGET);
        Files.createDirectories(exampleDir);
        for (Path example : exampleFiles) {
            byte[] content = Files.readAllBytes(example);
            Files.write(exampleDir.resolve(example.getFileName().toString()), content);
            written += content.length;
        }

        Random random = new Random(seed);
        List<GoTemplates.Pkg> layout = Layout.plan(random, files - exampleFiles.size());
        int remainingFiles = files - exampleFiles.size();
        long remainingBytes = bytes - written;
        for (GoTemplates.Pkg pkg : layout) {
            Path dir = out.resolve(pkg.path);
            Files.createDirectories(dir);
            for (GoTemplates.FilePlan plan : pkg.files) {
                long share = remainingBytes / remainingFiles;
                long target = Math.max(0, Math.round(share * plan.weight * (0.55 + 0.9 * random.nextDouble())));
                if (remainingFiles == 1) {
                    target = Math.max(0, remainingBytes);
                }
                byte[] content = GoTemplates.file(pkg, plan, new Random(random.nextLong()), (int) Math.min(target, 1 << 20))
                        .getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve(plan.name), content);
                written += content.length;
                remainingBytes -= content.length;
                remainingFiles--;
            }
        }
        return new Summary(files, written, layout.size() + 1);
    }

    /** The four example service files, sorted by name. */
    private static List<Path> exampleFiles(Path examples) throws IOException {
        if (!Files.isDirectory(examples)) {
            throw new IllegalArgumentException("no example folder " + examples
                    + " (run from the project root or pass --examples DIR)");
        }
        List<Path> found;
        try (Stream<Path> s = Files.list(examples)) {
            found = s.filter(p -> p.getFileName().toString().endsWith("_e2e_hybrid.go")).sorted().toList();
        }
        if (found.size() != 4) {
            throw new IllegalArgumentException("expected the 4 *_e2e_hybrid.go service files in " + examples
                    + ", found " + found.size());
        }
        return found;
    }

    /** Package folders and file names of a monorepo, deterministic for a seed. */
    static final class Layout {
        private static final String[] SERVICES = {
            "billing", "checkout", "inventory", "shipping", "catalog", "pricing", "identity", "notifications",
            "search", "ledger", "payments", "fulfillment", "analytics", "scheduler", "edge-router", "remediation",
            "signals", "workflows", "audit", "reporting", "tenants", "quotas", "blob-store", "ingest", "alerting",
            "recommendations", "reviews", "messaging", "media", "geo"
        };
        private static final String[] INTERNAL = {
            "api", "handler", "store", "cache", "domain", "model", "worker", "queue", "config", "auth", "metrics",
            "events", "client", "service", "repository", "validation", "ratelimit", "migrate", "export", "reconcile",
            "policy", "notify", "codec", "telemetry", "billingrules", "planner", "webhook", "outbox"
        };
        private static final String[] NESTED = {"postgres", "memory", "grpcapi", "httpapi", "v1", "v2", "fake", "sqlite"};
        private static final String[] LIBS = {
            "backoff", "collections", "httputil", "configx", "lru", "promx", "tracing", "validate", "pagination",
            "clock", "idgen", "featureflags", "workerpool", "stream", "k8s/clientx", "k8s/informer", "sqlx/builder",
            "sqlx/migrations", "errorsx", "jsonx", "ratelimiter", "retry", "testutil", "logx", "semver", "slicesx",
            "mapsx", "cron", "leaderelection", "circuitbreaker"
        };
        private static final String[] TOOLS = {"migrate", "seed", "loadgen", "inspect", "rotate-keys", "backfill", "lint-recipes", "dump"};

        static List<GoTemplates.Pkg> plan(Random r, int files) {
            List<GoTemplates.Pkg> pkgs = new ArrayList<>();
            Map<String, Boolean> seen = new LinkedHashMap<>();
            int left = files;
            int service = 0;
            int lib = 0;
            int tool = 0;
            // small trees keep the shape of a monorepo: smaller packages, a library first
            int cap = Math.max(2, files / 10);
            while (left > 0) {
                left -= add(pkgs, seen, "pkg/" + numbered(LIBS, lib++), false, Math.min(cap, 3 + r.nextInt(10)), left, r);
                String svc = numbered(SERVICES, service++);
                left -= add(pkgs, seen, "services/" + svc + "/cmd/" + base(svc), true, 1 + r.nextInt(3), left, r);
                List<String> internal = shuffled(INTERNAL, r);
                int count = 5 + r.nextInt(8);
                for (int i = 0; i < count && left > 0; i++) {
                    String path = "services/" + svc + "/internal/" + internal.get(i % internal.size());
                    if (r.nextInt(4) == 0) {
                        path += "/" + NESTED[r.nextInt(NESTED.length)];
                    }
                    left -= add(pkgs, seen, path, false, Math.min(cap, 3 + r.nextInt(12)), left, r);
                }
                if (left > 0) {
                    left -= add(pkgs, seen, "pkg/" + numbered(LIBS, lib++), false, Math.min(cap, 3 + r.nextInt(10)), left, r);
                }
                if (service % 3 == 0 && left > 0) {
                    String t = numbered(TOOLS, tool++);
                    left -= add(pkgs, seen, "cmd/" + t, true, 1 + r.nextInt(3), left, r);
                }
            }
            return pkgs;
        }

        private static int add(List<GoTemplates.Pkg> pkgs, Map<String, Boolean> seen, String path, boolean main,
                int files, int left, Random r) {
            if (seen.putIfAbsent(path, Boolean.TRUE) != null) {
                return 0;
            }
            int n = Math.min(files, left);
            GoTemplates.Pkg pkg = new GoTemplates.Pkg(path, main ? "main" : goName(last(path)), main, path.split("/")[path.startsWith("services/") ? 1 : 0]);
            int tests = main ? 0 : n / 3;
            int plain = n - tests;
            List<String> nouns = shuffled(Words.NOUNS, r);
            int noun = 0;
            for (int i = 0; i < plain; i++) {
                if (main && i == 0) {
                    pkg.files.add(new GoTemplates.FilePlan("main.go", GoTemplates.Kind.MAIN, null, 0.7));
                } else if (!main && i == 0 && plain >= 4) {
                    pkg.files.add(new GoTemplates.FilePlan("doc.go", GoTemplates.Kind.DOC, null, 0.25));
                } else {
                    String entity = nouns.get(noun % nouns.size());
                    if (noun >= nouns.size()) {
                        entity = Words.ADJECTIVES[r.nextInt(Words.ADJECTIVES.length)] + entity;
                    } else if (r.nextInt(4) == 0) {
                        entity = entity + Words.SUFFIXES[r.nextInt(Words.SUFFIXES.length)];
                    }
                    noun++;
                    String name = Words.snake(entity) + ".go";
                    while (pkg.hasFile(name)) {
                        entity = Words.ADJECTIVES[r.nextInt(Words.ADJECTIVES.length)] + entity;
                        name = Words.snake(entity) + ".go";
                    }
                    pkg.files.add(new GoTemplates.FilePlan(name, GoTemplates.Kind.PLAIN, entity, 1.15));
                }
            }
            List<GoTemplates.FilePlan> testable = pkg.files.stream().filter(f -> f.kind == GoTemplates.Kind.PLAIN).toList();
            for (int i = 0; i < tests; i++) {
                if (testable.isEmpty()) {
                    String entity = nouns.get(noun++ % nouns.size());
                    pkg.files.add(new GoTemplates.FilePlan(Words.snake(entity) + "_test.go", GoTemplates.Kind.TEST, entity, 0.8));
                } else {
                    GoTemplates.FilePlan of = testable.get(i % testable.size());
                    String name = of.name.replace(".go", "_test.go");
                    if (pkg.hasFile(name)) {
                        name = of.name.replace(".go", "_" + (i / testable.size() + 1) + "_test.go");
                    }
                    pkg.files.add(new GoTemplates.FilePlan(name, GoTemplates.Kind.TEST, of.entity, 0.8));
                }
            }
            pkgs.add(pkg);
            return n;
        }

        private static String numbered(String[] names, int i) {
            String name = names[i % names.length];
            return i < names.length ? name : name + (i / names.length + 1);
        }

        private static String base(String path) {
            return last(path);
        }

        private static String last(String path) {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** A folder name as a Go package name: letters and digits only. */
        private static String goName(String folder) {
            return folder.replaceAll("[^a-z0-9]", "");
        }

        private static List<String> shuffled(String[] names, Random r) {
            List<String> list = new ArrayList<>(List.of(names));
            for (int i = list.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                String t = list.get(i);
                list.set(i, list.get(j));
                list.set(j, t);
            }
            return list;
        }
    }
}
