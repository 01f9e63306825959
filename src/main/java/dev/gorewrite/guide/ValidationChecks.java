package dev.gorewrite.guide;

import dev.gorewrite.pattern.Pattern;
import dev.gorewrite.pattern.PatternException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A guide's validations as checks of one recipe, where they name code: "uses `f(x, ...)`" is
 * `present`, "NO `g()`" is `absent: g` (any use of the name), and "NO `h()` called at deploy
 * time" where the guide's own new code calls h once is `exactly-once` of that call. A validation
 * that names a file only goes to that file's recipe.
 */
final class ValidationChecks {
    /** A check and the validation it came from. */
    record Drafted(RecipeDraft.CheckEntry entry, DraftedCheck check) {}

    private static final java.util.regex.Pattern NEGATIVE = java.util.regex.Pattern.compile(
            "(?i)\\b(no|not|never|without|removed?|gone)\\b");
    private static final java.util.regex.Pattern FILE = java.util.regex.Pattern.compile("^([\\w.-]+/)*[\\w.-]+\\.(go|mod|ya?ml|json|sh)$");
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    private ValidationChecks() {
    }

    static List<Drafted> of(Guide guide, String guideName, String file, String newCode) {
        List<Drafted> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Validation v : guide.validations()) {
            if (concerns(v, file)) {
                check(v, newCode).ifPresent(c -> {
                    String id = unique(c[0], ids);
                    String says = guideName + ":" + v.line() + " " + v.text().replaceAll("^[^\\p{L}\\p{N}`]+", "");
                    out.add(new Drafted(new RecipeDraft.CheckEntry(id, says, c[1], c[2], List.of()),
                            new DraftedCheck(v.line(), v.text(), id)));
                });
            }
        }
        return out;
    }

    private static boolean concerns(Validation v, String file) {
        List<String> files = v.codes().stream().filter(c -> FILE.matcher(c).matches()).toList();
        return files.isEmpty() || files.stream().anyMatch(f -> file.equals(f) || file.endsWith("/" + f));
    }

    /** {id, kind, pattern} for the first code the validation names that is a pattern. */
    private static Optional<String[]> check(Validation v, String newCode) {
        boolean negative = NEGATIVE.matcher(v.text().replaceAll("`[^`]*`", "")).find();
        for (String code : v.codes()) {
            Optional<String> pattern = FILE.matcher(code).matches() ? Optional.empty() : pattern(code);
            if (pattern.isPresent()) {
                return negative ? negativeCheck(pattern.get(), newCode)
                        : Optional.of(new String[] {"uses-" + slug(pattern.get()), "present", pattern.get()});
            }
        }
        return Optional.empty();
    }

    /**
     * Absent; or, when the guide's new code itself calls the name once, that call exactly once;
     * none when the new code has it otherwise (the check would fail on the guide's own result).
     */
    private static Optional<String[]> negativeCheck(String pattern, String newCode) {
        if (!NAME.matcher(pattern).matches()) {
            return newCode.contains(pattern) ? Optional.empty() : Optional.of(new String[] {"no-" + slug(pattern), "absent", pattern});
        }
        if (!newCode.matches("(?s).*\\b" + pattern + "\\b.*")) {
            return Optional.of(new String[] {"no-" + slug(pattern), "absent", pattern});
        }
        List<String> calls = calls(newCode, pattern);
        return calls.size() == 1 ? Optional.of(new String[] {"once-" + slug(pattern), "exactly-once", calls.get(0)})
                : Optional.empty();
    }

    /** `f()` names the function: any use of f; `f(` is a call with any arguments. */
    private static Optional<String> pattern(String code) {
        String c = code.strip();
        String p = c.endsWith("()") && NAME.matcher(c.substring(0, c.length() - 2)).matches() ? c.substring(0, c.length() - 2)
                : c.endsWith("(") ? c + "...)" : c;
        try {
            Pattern compiled = Pattern.compile(p);
            return compiled.matchesAnything() ? Optional.empty() : Optional.of(p);
        } catch (PatternException e) {
            return Optional.empty();
        }
    }

    /** The calls of {@code name} in {@code code}, each with its balanced arguments. */
    private static List<String> calls(String code, String name) {
        List<String> out = new ArrayList<>();
        Matcher m = java.util.regex.Pattern.compile("\\b" + name + "\\(").matcher(code);
        while (m.find()) {
            int depth = 0;
            for (int i = m.end() - 1; i < code.length(); i++) {
                depth += code.charAt(i) == '(' ? 1 : code.charAt(i) == ')' ? -1 : 0;
                if (depth == 0) {
                    out.add(code.substring(m.start(), i + 1));
                    break;
                }
            }
        }
        return out;
    }

    /** buildDataStorageImageWithTag(…) gives build-data-storage-image-with-tag. */
    private static String slug(String pattern) {
        Matcher m = NAME.matcher(pattern);
        String name = m.find() ? m.group() : "code";
        return Drafter.slug(name.replaceAll("([a-z0-9])([A-Z])", "$1-$2"));
    }

    private static String unique(String id, Set<String> ids) {
        String out = id;
        for (int n = 2; !ids.add(out); n++) {
            out = id + "-" + n;
        }
        return out;
    }
}
