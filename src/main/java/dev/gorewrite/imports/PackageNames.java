package dev.gorewrite.imports;

import java.util.Optional;

/**
 * A package's name from its import path, without reading the package: the standard library's from
 * its list; any other's by the convention goimports also relies on (the last element, without a
 * `go-` prefix or `.v3` suffix; `/v2` is a version, not the name). None when that gives no Go
 * name: such an import is then neither counted nor removed.
 */
final class PackageNames {
    private PackageNames() {}

    static Optional<String> of(String path) {
        Optional<String> std = StdPackages.nameOf(path);
        if (std.isPresent()) {
            return std;
        }
        String[] elements = path.split("/");
        String last = elements[elements.length - 1];
        if (last.matches("v[0-9]+") && elements.length > 1) {
            last = elements[elements.length - 2];
        }
        last = last.replaceFirst("\\.v[0-9]+$", "").replaceFirst("^go-", "");
        return last.matches("[\\p{L}_][\\p{L}\\p{Nd}_]*") ? Optional.of(last) : Optional.empty();
    }

    /** A path outside the standard library has a dot in its first element (example.com/x); goimports groups on it. */
    static boolean isStandard(String path) {
        return !path.split("/")[0].contains(".");
    }
}
