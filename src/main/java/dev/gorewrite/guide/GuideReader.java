package dev.gorewrite.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown migration guide into a {@link Guide}: the CommonMark tree's top-level blocks
 * are walked in order, and only one heading's, label's or list item's text is ever matched by a
 * regular expression (never the document's lines).
 */
public final class GuideReader {
    private static final Pattern STEP_HEADING = Pattern.compile("(?i)^(change|step)\\s+\\d+\\b.*");
    private static final Pattern PATH = Pattern.compile("^([\\w.-]+/)*[\\w.-]+\\.(go|mod|ya?ml|json|sh|toml|txt)(:(\\d+))?$");
    private static final Pattern FIELD = Pattern.compile("(?i)^(file|location)\\s*:\\s*(.*)$");
    private static final Pattern SAME_AS = Pattern.compile("(?i)^same\\s+(?:changes?|steps?)\\s+as\\s+([^,:]+?)\\s*(?:,\\s*with\\b(.*?))?:?$");

    /** What the headings above the current block say it is. */
    private enum Mode { CHANGES, REFERENCE, VALIDATION, PROSE }

    private final String path;
    private String title = "";
    private Mode mode = Mode.CHANGES;
    private int modeLevel = 0;
    private String sectionTitle = "";
    private final Sections sections = new Sections();
    private final List<Reference> references = new ArrayList<>();
    private final List<Validation> validations = new ArrayList<>();

    private GuideReader(String path) {
        this.path = path;
    }

    /** Reads {@code file}: bytes as UTF-8, damaged text repaired first (the repair is in the result). */
    public static Guide read(Path file) throws IOException {
        return parse(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    public static Guide parse(String path, String text) {
        Repair repair = Mojibake.repair(text.startsWith("\uFEFF") ? text.substring(1) : text);
        Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        GuideReader reader = new GuideReader(path);
        for (Node node = parser.parse(repair.text()).getFirstChild(); node != null; node = node.getNext()) {
            reader.visit(node);
        }
        return new Guide(path, reader.title, reader.sections.finish(), reader.references, reader.validations, repair);
    }

    private void visit(Node node) {
        if (node instanceof Heading h) {
            heading(h.getLevel(), Inline.of(h), line(h));
        } else if (node instanceof Paragraph p) {
            paragraph(p);
        } else if (node instanceof FencedCodeBlock code) {
            codeBlock(code);
        } else if (node instanceof ListBlock list && mode == Mode.VALIDATION) {
            validations(list);
        }
    }

    private void heading(int level, Inline text, int line) {
        if (title.isEmpty() && level == 1) {
            title = text.text();
            return;
        }
        sections.endStep();
        Optional<FileRef> file = fileIn(text);
        if (STEP_HEADING.matcher(text.text()).matches()) {
            sections.step(line, text.text(), sectionTitle);
        } else if (file.isPresent()) {
            enterChanges(level, text.text().replace("`", ""));
            sections.file(line, sectionTitle, file.get());
        } else {
            headingMode(level, text.text(), line);
        }
    }

    /** Validation and reference headings switch mode; their sub-headings are prose; others open a section. */
    private void headingMode(int level, String text, int line) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("validation") || lower.contains("verify") || lower.contains("checklist")) {
            // "For Each Service, Verify:" under "Validation After Changes" stays in the same checklist.
            if (mode != Mode.VALIDATION || level <= modeLevel) {
                modeLevel = level;
            }
            mode = Mode.VALIDATION;
            sections.endSection();
        } else if (lower.contains("reference")) {
            mode = Mode.REFERENCE;
            modeLevel = level;
            references.add(new Reference(line, text, List.of()));
            sections.endSection();
        } else if (mode != Mode.CHANGES && level > modeLevel) {
            mode = Mode.PROSE;
        } else {
            enterChanges(level, text);
        }
    }

    private void enterChanges(int level, String text) {
        sections.endSection();
        mode = Mode.CHANGES;
        modeLevel = level;
        sectionTitle = text;
    }

    private void paragraph(Paragraph paragraph) {
        if (mode != Mode.CHANGES) {
            return;
        }
        Inline inline = Inline.of(paragraph);
        Matcher same = SAME_AS.matcher(inline.text());
        if (same.matches()) {
            sameAs(paragraph, same, inline);
            return;
        }
        Optional<FileRef> bare = fileIn(inline);
        if (inline.lines().size() == 1 && bare.isPresent() && bare.get().line().isPresent()) {
            sections.file(line(paragraph), sectionTitle, bare.get());
            return;
        }
        for (String text : inline.lines()) {
            field(text, line(paragraph));
        }
    }

    /** `File: a.go` opens a section (no path: a section of manual steps); `Location: …` places the step. */
    private void field(String text, int line) {
        Matcher m = FIELD.matcher(text);
        if (!m.matches()) {
            return;
        }
        String value = m.group(2).strip();
        if (m.group(1).equalsIgnoreCase("file")) {
            Optional<FileRef> file = fileIn(new Inline(value, codesIn(value)));
            sections.file(line, sectionTitle.isEmpty() ? value : sectionTitle,
                    file.orElse(new FileRef(Optional.empty(), Optional.empty())));
        } else {
            sections.location(line, sectionTitle, Location.of(value.replace("`", "")));
        }
    }

    private void sameAs(Paragraph paragraph, Matcher same, Inline inline) {
        String section = same.group(1).strip();
        Optional<String> stated = same.group(2) == null || inline.codes().isEmpty() ? Optional.empty()
                : Optional.of(inline.codes().get(inline.codes().size() - 1));
        if (paragraph.getNext() instanceof ListBlock list) {
            int index = 1;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                Inline text = Inline.of(item);
                sections.sameAs(line(item), text.text(), sectionTitle, section, index++, stated, text.codes());
            }
        } else {
            sections.sameAs(line(paragraph), inline.text(), sectionTitle, section, 0, stated, inline.codes());
        }
    }

    private void codeBlock(FencedCodeBlock code) {
        Block block = Block.of(line(code), labelBefore(code), languageOf(code), code.getLiteral());
        if (mode == Mode.REFERENCE && !references.isEmpty()) {
            Reference last = references.remove(references.size() - 1);
            List<Block> blocks = new ArrayList<>(last.blocks());
            blocks.add(block);
            references.add(new Reference(last.line(), last.heading(), blocks));
        } else if (mode == Mode.CHANGES) {
            sections.block(block, sectionTitle);
        }
    }

    /** The label is the paragraph right before the block, when that paragraph is one. */
    private static Label labelBefore(FencedCodeBlock code) {
        return code.getPrevious() instanceof Paragraph p ? Label.of(Inline.of(p).text()).orElse(Label.NONE) : Label.NONE;
    }

    private static String languageOf(FencedCodeBlock code) {
        String info = code.getInfo() == null ? "" : code.getInfo().strip();
        return info.isEmpty() ? "" : info.split("\\s+")[0];
    }

    private void validations(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                Inline text = Inline.of(item);
                validations.add(new Validation(line(item), text.text(), text.codes()));
            }
        }
    }

    /** A path named by an inline code span or the whole text (`a.go`, `a.go:61`). */
    private static Optional<FileRef> fileIn(Inline text) {
        List<String> candidates = new ArrayList<>(text.codes());
        candidates.add(text.text().replace("`", "").strip());
        for (String candidate : candidates) {
            Matcher m = PATH.matcher(candidate.strip());
            if (m.matches()) {
                String file = m.group(3) == null ? candidate.strip() : candidate.strip().substring(0, m.start(3));
                return Optional.of(new FileRef(Optional.of(file), Optional.ofNullable(m.group(4)).map(Integer::parseInt)));
            }
        }
        return Optional.empty();
    }

    private static List<String> codesIn(String text) {
        List<String> codes = new ArrayList<>();
        String[] parts = text.split("`", -1);
        for (int i = 1; i < parts.length - 1; i += 2) {
            codes.add(parts[i]);
        }
        return codes;
    }

    private static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 1 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    /** A file a section names, and the line when written `a.go:61`. */
    record FileRef(Optional<String> file, Optional<Integer> line) {}
}
