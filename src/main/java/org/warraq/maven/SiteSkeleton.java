package org.warraq.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A publisher's repository as {@code new-site} writes it: {@code pom.xml} naming this plugin, {@code site.yaml}
 * with every key commented, one example article, {@code .gitignore}, {@code .mvn/jvm.config} and a CI workflow
 * that builds the site and publishes it on GitHub Pages. The texts are resources beside this class.
 */
final class SiteSkeleton {
    private final String version;
    private final String title;
    private final String baseUrl;
    private final Clock clock;

    SiteSkeleton(String version, String title, String baseUrl, Clock clock) {
        this.version = version;
        this.title = title;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** The files to write into {@code dir}, by path relative to it, with their text. */
    Map<String, String> files(Path dir) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)).withSecond(0).withNano(0);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", resource("pom.xml").replace("@artifactId@", artifactId(dir)).replace("@version@", version));
        files.put("site.yaml", resource("site.yaml").replace("@title@", yamlString(title)).replace("@base_url@", yamlString(baseUrl)));
        files.put(String.format(Locale.ROOT, "content/%04d/%02d/welcome.md", now.getYear(), now.getMonthValue()),
                resource("welcome.md").replace("@date@", now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        files.put(".gitignore", resource("gitignore"));
        files.put(".mvn/jvm.config", resource("jvm.config"));
        files.put(".github/workflows/site.yml", resource("site.yml"));
        return files;
    }

    /** The files of a site that {@code dir} already has: writing there would overwrite or mix with them. */
    static List<String> existing(Path dir, Iterable<String> files) {
        List<String> found = new ArrayList<>();
        for (String name : List.of("site.yaml", "content", "templates")) {
            if (Files.exists(dir.resolve(name))) {
                found.add(name);
            }
        }
        for (String file : files) {
            if (Files.exists(dir.resolve(file)) && !found.contains(file)) {
                found.add(file);
            }
        }
        return found;
    }

    static void write(Path dir, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** A Maven artifact id from the folder's name (letters, digits, {@code - . _}), else {@code news-site}. */
    static String artifactId(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String id = name == null ? "" : name.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[-._]+|[-._]+$", "");
        return id.isEmpty() ? "news-site" : id;
    }

    /** A YAML double-quoted scalar. */
    static String yamlString(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    private static String resource(String name) {
        try (InputStream in = SiteSkeleton.class.getResourceAsStream("new-site/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource new-site/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
