import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step, run by `mvn package` after the shaded jar is made (see pom.xml):
 * {@code java -cp asm.jar src/build/java/ClassFileUpgrade.java JAR PACKAGE/...}.
 *
 * <p>Rewrites the class files below the given package folders of JAR that are older than Java 6
 * (major version below 50) as Java 8 class files (52) with stack-map frames computed by ASM; the
 * code itself is unchanged. Why: JDK 17's class-data sharing refuses pre-Java-6 classes, and
 * picocli 4.7.7 ships Java 5 classes, so on every start the JVM would read, inflate and verify
 * its ~175 classes with the old type-inferencing verifier (about 60 ms of a 0.5 s dry run).
 * Every other entry is copied byte for byte, in order; the jar is replaced atomically.
 */
public final class ClassFileUpgrade {
    private static final int JAVA_6 = 50;
    private static final int JAVA_8 = 52;

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ClassFileUpgrade JAR PACKAGE_FOLDER/...");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path tmp = jar.resolveSibling(jar.getFileName() + ".upgrading");
        int upgraded = 0;
        try (URLClassLoader types = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassFileUpgrade.class.getClassLoader());
                ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (wanted(entry.getName(), args) && major(bytes) < JAVA_6) {
                    try {
                        bytes = upgrade(bytes, types);
                    } catch (RuntimeException e) { // ASM: a type the frames need is not in the jar
                        System.err.println("ClassFileUpgrade: " + jar + ": " + entry.getName() + ": " + e);
                        Files.deleteIfExists(tmp);
                        System.exit(1);
                    }
                    upgraded++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("ClassFileUpgrade: " + upgraded + " class files of " + jar + " now Java 8 (major 52)");
    }

    private static boolean wanted(String name, String[] args) {
        if (!name.endsWith(".class") || name.startsWith("META-INF/")) {
            return false;
        }
        for (int i = 1; i < args.length; i++) {
            if (name.startsWith(args[i])) {
                return true;
            }
        }
        return false;
    }

    /** The major version of a class file (bytes 6 and 7, after the magic number and the minor version). */
    private static int major(byte[] classFile) {
        return (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
    }

    private static byte[] upgrade(byte[] classFile, ClassLoader types) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return types; // frames need the common superclass of two types: look them up in the jar
            }
        };
        ClassVisitor setVersion = new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(JAVA_8, access, name, signature, superName, interfaces);
            }
        };
        new ClassReader(classFile).accept(setVersion, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
