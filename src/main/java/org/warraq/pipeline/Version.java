package org.warraq.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Properties;
import java.util.stream.Stream;

/** Warraq's version, and a fingerprint of the code itself so a rebuilt Warraq never reuses stale output. */
public final class Version {
    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/org/warraq/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The version plus the size and time of the jar (or, when running from classes, the newest class file),
     * so that the build cache is thrown away whenever Warraq's code changes, not only when its version does.
     */
    public static String codeFingerprint() {
        CodeSource source = Version.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return get();
        }
        try {
            Path where = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(where)) {
                return get() + ":" + Files.size(where) + ":" + Files.getLastModifiedTime(where).toMillis();
            }
            try (Stream<Path> files = Files.walk(where)) {
                long newest = files.filter(Files::isRegularFile).mapToLong(p -> {
                    try {
                        return Files.getLastModifiedTime(p).toMillis();
                    } catch (IOException e) {
                        return 0;
                    }
                }).max().orElse(0);
                return get() + ":classes:" + newest;
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return get();
        }
    }
}
