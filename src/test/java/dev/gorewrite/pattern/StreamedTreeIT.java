package dev.gorewrite.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.TestTools;
import dev.gorewrite.engine.Parallel;
import dev.gorewrite.golang.GoFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Over every file of the Go corpus, testdata's broken files included: the pattern tree built a
 * declaration at a time while the file is parsed is the one built from the whole ANTLR tree, node
 * for node (kinds, token types and indexes, texts, children), and the file has the same errors.
 */
class StreamedTreeIT {
    @Test
    void everyCorpusFileStreamsToTheTreeBuiltWhole() throws IOException {
        Optional<Path> corpus = TestTools.goCorpus();
        Assumptions.assumeTrue(corpus.isPresent(), "Go corpus missing (apt-get install golang-go golang-1.19-src)");
        List<Path> files = goFiles(corpus.get());

        List<String> differences = Parallel.map(files, StreamedTreeIT::difference).stream().filter(Objects::nonNull).toList();

        assertThat(files).hasSizeGreaterThan(4000);
        assertThat(differences).isEmpty();
    }

    /** Null when both ways give the same tree and errors; else where they part. */
    private static String difference(Path path) {
        byte[] bytes = read(path);
        GoFile whole = GoFile.parse(path.toString(), bytes);
        // A file whose fast pass fails has a syntax error and gets no nodes: it is never matched.
        Node wholeRoot = whole.usedLlFallback() && !whole.ok() ? null : SyntaxTree.of(whole).root();
        SyntaxTree streamed = SyntaxTree.streamed(path.toString(), bytes);
        if (!streamed.file().errors().equals(whole.errors())) {
            return path + ": errors " + streamed.file().errors() + " against " + whole.errors();
        }
        return SameNodes.firstDifference(streamed.root(), wholeRoot).map(d -> path + ": " + d).orElse(null);
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> goFiles(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
        }
    }
}
