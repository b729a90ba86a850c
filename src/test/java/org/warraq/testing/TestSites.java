package org.warraq.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.warraq.diag.BuildFailure;
import org.warraq.diag.Problem;
import org.warraq.pipeline.BuildOptions;
import org.warraq.pipeline.BuildResult;
import org.warraq.pipeline.Pipeline;

/** Helpers for whole-site tests: fixture sites, builds into temp folders, reading the output. */
public final class TestSites {
    private TestSites() {
    }

    /** Copies the fixture {@code src/test/resources/sites/<name>} into {@code dir} and returns {@code dir}. */
    public static Path copy(String name, Path dir) {
        URL url = TestSites.class.getResource("/sites/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture site " + name);
        }
        try {
            copyTree(Path.of(url.toURI()), dir);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return dir;
    }

    /** Copies the tree {@code from} into {@code to}, replacing files that are there. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a tree with the hash of its bytes (to compare a site before and after). */
    public static Map<String, String> hashes(Path dir) {
        Map<String, String> hashes = new TreeMap<>();
        tree(dir).forEach((path, bytes) -> hashes.put(path, org.warraq.util.Hashing.hex(bytes)));
        return hashes;
    }

    public static BuildOptions options(Path root) {
        return BuildOptions.defaults(root);
    }

    public static BuildResult build(Path root) {
        return Pipeline.build(options(root));
    }

    /** Builds and expects a failure; returns its problem lines. */
    public static List<String> failures(Path root) {
        try {
            Pipeline.build(options(root));
        } catch (BuildFailure e) {
            return e.problems().stream().map(Problem::format).toList();
        }
        throw new AssertionError("the build did not fail");
    }

    /** Writes a text file (creating folders). */
    public static Path write(Path root, String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses an output page; {@code relative} is its path in the site, e.g. "2024/02/26/x/index.html". */
    public static Document page(Path site, String relative) {
        Path file = site.resolve(relative);
        try (InputStream in = Files.newInputStream(file)) {
            return Jsoup.parse(in, "UTF-8", "https://test.invalid/" + relative);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a tree, by relative path, with its bytes (for byte-for-byte comparisons). */
    public static Map<String, byte[]> tree(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** All HTML files of a site, relative paths. */
    public static List<String> htmlFiles(Path site) {
        return tree(site).keySet().stream().filter(p -> p.endsWith(".html")).toList();
    }

    /** The relative path of the page an href leads to from the page at {@code from}, or null when it leaves the site. */
    public static String resolve(String from, String href, String baseUrl) {
        try {
            URI base = new URI("https://site.invalid/" + encode(from));
            URI target;
            if (href.startsWith(baseUrl)) {
                target = new URI("https://site.invalid/" + href.substring(baseUrl.length()));
            } else if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")
                    || href.startsWith("tel:") || href.startsWith("//")) {
                return null;
            } else {
                String basePath = new URI(baseUrl).getRawPath();
                if (href.startsWith(basePath) && href.startsWith("/")) {
                    target = new URI("https://site.invalid/" + href.substring(basePath.length()));
                } else {
                    target = base.resolve(href);
                }
            }
            String path = URLDecoder.decode(target.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8).substring(1);
            return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        } catch (URISyntaxException e) {
            throw new AssertionError("malformed link " + href + " on " + from, e);
        }
    }

    /** Internal links (a, link, img, script) of every HTML page that lead to no file, as "page -> href". */
    public static List<String> brokenLinks(Path site, String baseUrl) {
        Map<String, byte[]> files = tree(site);
        List<String> broken = new ArrayList<>();
        for (String page : files.keySet()) {
            if (!page.endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(new String(files.get(page), StandardCharsets.UTF_8));
            for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
                String href = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (href.startsWith("#")) {
                    continue;
                }
                String target = resolve(page, href.replaceAll("#.*$", ""), baseUrl);
                if (target != null && !files.containsKey(target)) {
                    broken.add(page + " -> " + href);
                }
            }
        }
        return broken;
    }

    private static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }
}
