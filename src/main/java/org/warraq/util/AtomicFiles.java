package org.warraq.util;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files of {@code .warraq/} written whole or not at all: the bytes go to a sibling {@code <name>.tmp}, which
 * then replaces the file in one atomic move, so a build killed while writing leaves the previous file.
 */
public final class AtomicFiles {
    /** What writes a file's contents. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code file} (and its folders) with what {@code contents} writes, atomically. */
    public static void write(Path file, Contents contents) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            contents.writeTo(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
