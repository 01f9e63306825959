package dev.gorewrite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorewrite.TestTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/gorewrite} runs the JVM in a UTF-8 locale when it is started in the C/POSIX locale, so
 * that non-ASCII file names can be named. A stand-in for java prints the locale the JVM would get.
 */
class LauncherTest {
    @TempDir
    Path home;

    Path fakeJava;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        Assumptions.assumeTrue(TestTools.run("locale", "-a").lines().anyMatch(l -> l.matches("(?i)c\\.utf-?8")),
                "no C.UTF-8 locale here");
        Files.createDirectories(home.resolve("bin"));
        Files.copy(Path.of("bin/gorewrite"), home.resolve("bin/gorewrite"));
        Files.createDirectories(home.resolve("target"));
        Files.write(home.resolve("target/gorewrite.jar"), new byte[0]);
        fakeJava = Files.writeString(home.resolve("java"), "#!/bin/sh\necho \"LC_ALL=$LC_ALL charmap=$(locale charmap)\"\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void anEmptyEnvironmentGetsUtf8() throws Exception {
        assertThat(launch(Map.of())).isEqualTo("LC_ALL=C.UTF-8 charmap=UTF-8");
    }

    @Test
    void theCLocaleGetsUtf8() throws Exception {
        assertThat(launch(Map.of("LC_ALL", "C"))).isEqualTo("LC_ALL=C.UTF-8 charmap=UTF-8");
    }

    @Test
    void aUtf8LocaleIsLeftAsItIs() throws Exception {
        assertThat(launch(Map.of("LANG", "C.UTF-8"))).isEqualTo("LC_ALL= charmap=UTF-8");
    }

    private String launch(Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", home.resolve("bin/gorewrite").toString(), "--version");
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().put("JAVA", fakeJava.toString());
        builder.environment().putAll(env);
        Process p = builder.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
