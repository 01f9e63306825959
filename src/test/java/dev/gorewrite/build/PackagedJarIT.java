package dev.gorewrite.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The jar `mvn package` makes holds every dependency whose classes it carries together with that
 * dependency's own LICENSE and NOTICE files, byte for byte, under META-INF/licenses/ARTIFACT/.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of(System.getProperty("gorewrite.jar", "target/gorewrite.jar"));
    private static final Pattern LICENSE_FILE = Pattern.compile("(META-INF/)?[^/]*(LICENSE|NOTICE|license|notice)[^/]*|about\\.html");

    @Test
    void everyPackagedDependencyKeepsItsLicenseAndNoticeFiles() throws IOException {
        int checked = 0;
        try (JarFile shaded = new JarFile(JAR.toFile())) {
            for (Path dependency : dependencyJars()) {
                try (JarFile jar = new JarFile(dependency.toFile())) {
                    if (!isPackaged(jar, shaded)) {
                        continue;
                    }
                    for (JarEntry legal : legalFiles(jar)) {
                        String name = legal.getName().substring(legal.getName().lastIndexOf('/') + 1);
                        String kept = "META-INF/licenses/" + artifactId(dependency) + "/" + name;
                        assertThat(shaded.getEntry(kept)).as(kept).isNotNull();
                        assertThat(shaded.getInputStream(shaded.getEntry(kept)).readAllBytes()).as(kept)
                                .isEqualTo(jar.getInputStream(legal).readAllBytes());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("licence files checked (jackson-core, commons-codec, sshd, JGit have some)")
                .isGreaterThanOrEqualTo(10);
    }

    /** Jars from the local Maven repository on this test's class path. */
    private static List<Path> dependencyJars() {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && entry.contains(File.separator + "repository" + File.separator)) {
                jars.add(Path.of(entry));
            }
        }
        return jars;
    }

    /** A dependency is packaged if its first class file is in the shaded jar. */
    private static boolean isPackaged(JarFile jar, JarFile shaded) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry e = entries.nextElement();
            if (e.getName().endsWith(".class") && !e.getName().contains("module-info")
                    && !e.getName().startsWith("META-INF/")) {
                return shaded.getEntry(e.getName()) != null;
            }
        }
        return false;
    }

    private static List<JarEntry> legalFiles(JarFile jar) {
        return jar.stream().filter(e -> !e.isDirectory() && LICENSE_FILE.matcher(e.getName()).matches()).toList();
    }

    /** The Maven repository keeps a jar at GROUP/ARTIFACT/VERSION/FILE. */
    private static String artifactId(Path jar) {
        return jar.getParent().getParent().getFileName().toString();
    }
}
