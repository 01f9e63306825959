package dev.gorewrite.bench;

import java.util.Random;

/**
 * A generated table as go-bindata writes it (`var data = []byte{0x1f, 0x8b, …}`, twelve bytes a
 * line): the most syntax-tree nodes per byte that real Go has, so the heaviest file for the
 * parser's memory. The same bytes every time.
 */
public final class GeneratedTable {
    private GeneratedTable() {}

    /** About {@code megabytes} MB (10^6 bytes) of the table, a whole Go file. */
    public static String of(int megabytes) {
        Random random = new Random(1);
        StringBuilder out = new StringBuilder("// Code generated. DO NOT EDIT.\n\npackage assets\n\nvar data = []byte{\n");
        while (out.length() < megabytes * 1_000_000) {
            out.append('\t');
            for (int i = 0; i < 12; i++) {
                out.append(String.format("0x%02x, ", random.nextInt(256)));
            }
            out.setLength(out.length() - 1);
            out.append('\n');
        }
        return out.append("}\n").toString();
    }
}
