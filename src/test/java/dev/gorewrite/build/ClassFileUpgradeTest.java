package dev.gorewrite.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;

/**
 * The build step that makes picocli's Java 5 class files fit for class-data sharing
 * (src/build/java/ClassFileUpgrade.java), run as `mvn package` runs it, on a jar of real picocli
 * classes: the classes come out as Java 8 files that the JVM verifies and runs, everything else
 * byte for byte and in order.
 */
class ClassFileUpgradeTest {
    private static final String RANGE = "picocli/CommandLine$Range.class";
    private static final String OTHER_OLD = "org/example/Old.class"; // outside the named folder: untouched

    @TempDir
    Path dir;

    @Test
    void upgradesOldClassFilesUnderTheFolderAndCopiesTheRest() throws Exception {
        byte[] range = resource(RANGE);
        assertThat(major(range)).as("picocli 4.7.7 ships Java 5 class files").isEqualTo(49);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        entries.putAll(picocliClasses()); // all of them: frames need the types they merge
        entries.put(OTHER_OLD, range);
        entries.put("recipes/x.yaml", "id: x\n".getBytes(StandardCharsets.UTF_8));
        Path jar = dir.resolve("app.jar");
        write(jar, entries);

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", location(ClassReader.class), "src/build/java/ClassFileUpgrade.java", jar.toString(), "picocli/")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        int picocli = (int) entries.keySet().stream().filter(n -> n.startsWith("picocli/")).count();
        assertThat(picocli).isGreaterThan(200);
        assertThat(output).contains(picocli + " class files");

        Map<String, byte[]> after = read(jar);
        assertThat(after.keySet()).containsExactlyElementsOf(entries.keySet());
        assertThat(major(after.get(RANGE))).isEqualTo(52);
        assertThat(after.entrySet()).filteredOn(e -> e.getKey().startsWith("picocli/"))
                .allSatisfy(e -> assertThat(major(e.getValue())).as(e.getKey()).isEqualTo(52));
        assertThat(after.get(OTHER_OLD)).isEqualTo(range);
        assertThat(after.get("recipes/x.yaml")).isEqualTo(entries.get("recipes/x.yaml"));
        assertThat(after.get("META-INF/MANIFEST.MF")).isEqualTo(entries.get("META-INF/MANIFEST.MF"));
        assertThat(Files.exists(dir.resolve("app.jar.upgrading"))).isFalse();

        // A fresh loader verifies the rewritten classes (with the stack maps, no fallback for 52)
        // and runs them: CommandLine.Range parses an arity.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Class<?> rangeClass = Class.forName("picocli.CommandLine$Range", true, loader);
            Object parsed = rangeClass.getMethod("valueOf", String.class).invoke(null, "1..3");
            assertThat(rangeClass.getMethod("max").invoke(parsed)).isEqualTo(3);
            assertThat(Class.forName("picocli.CommandLine", true, loader).getClassLoader()).isSameAs(loader);
        }
    }

    /** The class files of the picocli jar on the test class path. */
    private static Map<String, byte[]> picocliClasses() throws Exception {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        Path picocliJar = Path.of(location(picocli.CommandLine.class));
        read(picocliJar).forEach((name, bytes) -> {
            if (name.startsWith("picocli/") && name.endsWith(".class")) {
                classes.put(name, bytes);
            }
        });
        return classes;
    }

    private static int major(byte[] classFile) {
        return (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ClassFileUpgradeTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static void write(Path jar, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }

    private static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
