package dev.gorewrite.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped list of standard packages against `go list std` of the Go on PATH. */
class StdPackagesTest {
    @Test
    void everyListedPackageIsInGoListStdWithItsName() throws Exception {
        Map<String, String> go = goListStd();
        assumeTrue(go != null, "go is not on PATH");

        assertThat(go).containsAllEntriesOf(StdPackages.all());
        if (goVersion().startsWith("go version go1.19")) {
            assertThat(StdPackages.all()).as("the list is Go 1.19's, whole").isEqualTo(go);
        }
    }

    @Test
    void aNameTwoPackagesShareIsNoAnswer() {
        assertThat(StdPackages.pathsNamed("rand")).containsExactlyInAnyOrder("math/rand", "crypto/rand");
        assertThat(StdPackages.pathsNamed("ioutil")).containsExactly("io/ioutil");
        assertThat(StdPackages.all()).doesNotContainKeys("internal/poll", "vendor/golang.org/x/net/dns/dnsmessage");
    }

    /** Importable packages only: internal and vendor ones cannot be imported from users' code. */
    private static Map<String, String> goListStd() throws InterruptedException {
        String out = run("go", "list", "-f", "{{.ImportPath}} {{.Name}}", "std");
        if (out == null) {
            return null;
        }
        Map<String, String> packages = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] parts = line.strip().split(" ");
            if (parts.length == 2 && !parts[0].matches("(.*/)?(internal|vendor)(/.*)?")) {
                packages.put(parts[0], parts[1]);
            }
        }
        return packages;
    }

    private static String goVersion() throws InterruptedException {
        String out = run("go", "version");
        return out == null ? "" : out;
    }

    private static String run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor() == 0 ? out : null;
        } catch (IOException noGo) {
            return null;
        }
    }
}
