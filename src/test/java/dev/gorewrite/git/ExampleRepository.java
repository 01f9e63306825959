package dev.gorewrite.git;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;

/** A repository on branch main holding `examples/kubernaut` in one commit, for push tests. */
final class ExampleRepository {
    private ExampleRepository() {}

    static Path create(Path work) throws Exception {
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            Path examples = Path.of("examples/kubernaut");
            try (Stream<Path> files = Files.walk(examples)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path target = work.resolve(examples.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
            git.add().addFilepattern(".").call();
            git.commit().setMessage("initial").setSign(false).setAuthor("Bot", "bot@example.com")
                    .setCommitter("Bot", "bot@example.com").call();
        }
        return work;
    }
}
