package dev.gorewrite.engine;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code go} tool, run in a package's folder with the user's environment plus a few settings
 * of ours ({@code GOFLAGS=-mod=mod} unless set, so a go.sum that lacks a line does not count as a
 * build the recipe broke).
 */
record GoCommand(Path executable, Map<String, String> env) {
    /** What one run said: its exit status and its combined output. */
    record Run(int exit, String output) {
        boolean ok() {
            return exit == 0;
        }
    }

    GoCommand {
        env = Map.copyOf(env);
        if (!Files.isExecutable(executable)) {
            throw new IllegalArgumentException("not an executable go: " + executable);
        }
    }

    static Optional<GoCommand> onPath(Map<String, String> env) {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "go");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(new GoCommand(candidate, env));
            }
        }
        return Optional.empty();
    }

    Run run(Path dir, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().putIfAbsent("GOFLAGS", "-mod=mod");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return new Run(p.waitFor(), output);
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while go " + String.join(" ", args) + " ran", e);
        }
    }
}
