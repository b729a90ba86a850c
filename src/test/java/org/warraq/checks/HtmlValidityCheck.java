package org.warraq.checks;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates every HTML file of the built sample site with the W3C Nu HTML Checker (the library behind
 * validator.w3.org/nu). Errors fail the check; so does any warning that is not listed in {@link #ALLOWED}
 * with the reason it is accepted; so does a page kind missing from the sample site. The pages of every edition
 * (the main one, and each {@code <language>/} folder) are checked.
 *
 * <p>Runs only with {@code mvn -q -B -Pchecks test}, after the sample was built into {@code site/} by
 * {@code mvn -q -B package -DskipTests}. Writes its report to {@code target/browser-checks/html-validity.txt}.
 */
class HtmlValidityCheck {

    /** The kinds of page Warraq makes; the sample site must have at least one page of each. */
    enum Kind {
        HOME("home", "index.html"),
        HOME_PAGE("home page 2+", "page/\\d+/index.html"),
        ARTICLE("article", "\\d{4}/\\d{2}/\\d{2}/[^/]+/index.html"),
        TAGS("tags overview", "tags/index.html"),
        TAG("tag", "tags/[^/]+/(page/\\d+/)?index.html"),
        SOURCES("sources overview", "sources/index.html"),
        SOURCE("source", "sources/[^/]+/(page/\\d+/)?index.html"),
        SECTIONS("sections overview", "sections/index.html"),
        SECTION("section", "sections/[^/]+/(page/\\d+/)?index.html"),
        AUTHORS("authors overview", "authors/index.html"),
        AUTHOR("author", "authors/[^/]+/(page/\\d+/)?index.html"),
        ARCHIVE("archive overview", "archive/index.html"),
        YEAR("year", "\\d{4}/(page/\\d+/)?index.html"),
        MONTH("month", "\\d{4}/\\d{2}/(page/\\d+/)?index.html"),
        DAY("day", "\\d{4}/\\d{2}/\\d{2}/(page/\\d+/)?index.html"),
        NOT_FOUND("404", "404.html"),
        SEARCH("search", "search/index.html"),
        /** A redirect page at an article's old address: anywhere, so told by its content. */
        REDIRECT("redirect", "(?!)");

        final String label;
        final Pattern path;

        Kind(String label, String path) {
            this.label = label;
            this.path = Pattern.compile(path);
        }

        static Kind of(String relativePath, String html) {
            if (html.contains("<meta http-equiv=\"refresh\"")) {
                return REDIRECT;
            }
            // DAY before ARTICLE: "2024/02/26/page/2/index.html" is a day page, not an article called "page".
            for (Kind kind : List.of(HOME, HOME_PAGE, TAGS, TAG, SOURCES, SOURCE, SECTIONS, SECTION, AUTHORS, AUTHOR,
                    ARCHIVE, YEAR, MONTH, DAY, ARTICLE, NOT_FOUND, SEARCH)) {
                if (kind.path.matcher(relativePath).matches()) {
                    return kind;
                }
            }
            return null;
        }
    }

    /**
     * A warning that was reviewed and is accepted.
     *
     * @param message a regular expression the whole warning message matches
     * @param reason  why it is accepted
     */
    record Allowed(Pattern message, String reason) {
    }

    /** Reviewed warnings, each with its reason. Empty: the sample site has no warning left. */
    static final List<Allowed> ALLOWED = List.of();

    /** One message of the checker. */
    record Message(String severity, String file, int line, int column, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + severity + ": " + text;
        }
    }

    /** Collects the checker's messages for the file being checked. */
    static final class Collector implements ErrorHandler {
        final List<Message> messages = new ArrayList<>();
        String file = "";

        private void add(String severity, SAXParseException e) {
            messages.add(new Message(severity, file, e.getLineNumber(), e.getColumnNumber(),
                    String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip()));
        }

        @Override
        public void warning(SAXParseException e) {
            add("warning", e);
        }

        @Override
        public void error(SAXParseException e) {
            add("error", e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add("error", e);
        }
    }

    @Test
    void everyPageOfTheSampleSiteIsValidHtml() throws Exception {
        Path site = Paths.get(System.getProperty("warraq.site", "site")).toAbsolutePath().normalize();
        Path report = Paths.get(System.getProperty("warraq.report", "target/browser-checks"));
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            fail("No built sample site at " + site + ": run `mvn -q -B package -DskipTests` first.");
        }
        List<Path> pages = htmlFiles(site);

        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
        validator.setUpValidatorAndParsers(collector, false, false);

        Map<Kind, int[]> perKind = new EnumMap<>(Kind.class); // files, errors, warnings
        for (Kind kind : Kind.values()) {
            perKind.put(kind, new int[3]);
        }
        List<Message> errors = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Path page : pages) {
            String relative = site.relativize(page).toString().replace(File.separatorChar, '/');
            Kind kind = Kind.of(withoutEdition(site, relative), Files.readString(page, StandardCharsets.UTF_8));
            if (kind == null) {
                unknown.add(relative);
                continue;
            }
            collector.file = "site/" + relative;
            int before = collector.messages.size();
            try {
                validator.checkHtmlFile(page.toFile(), true);
            } catch (SAXException e) {
                collector.messages.add(new Message("error", collector.file, -1, -1, "checker stopped: " + e));
            }
            int[] counts = perKind.get(kind);
            counts[0]++;
            for (Message m : collector.messages.subList(before, collector.messages.size())) {
                if (m.severity().equals("error")) {
                    errors.add(m);
                    counts[1]++;
                } else {
                    Allowed allowed = ALLOWED.stream().filter(a -> a.message().matcher(m.text()).matches())
                            .findFirst().orElse(null);
                    if (allowed == null) {
                        warnings.add(m);
                    } else {
                        accepted.add(m + " (accepted: " + allowed.reason() + ")");
                    }
                    counts[2]++;
                }
            }
        }

        StringBuilder out = new StringBuilder();
        out.append("W3C Nu HTML Checker on ").append(site).append(": ").append(pages.size()).append(" files\n");
        out.append(String.format("%-18s %6s %7s %9s%n", "page kind", "files", "errors", "warnings"));
        for (Map.Entry<Kind, int[]> e : perKind.entrySet()) {
            int[] c = e.getValue();
            out.append(String.format("%-18s %6d %7d %9d%n", e.getKey().label, c[0], c[1], c[2]));
        }
        errors.forEach(m -> out.append(m).append('\n'));
        warnings.forEach(m -> out.append(m).append(" (not reviewed: fix it or add it to ALLOWED with the reason)\n"));
        accepted.forEach(m -> out.append(m).append('\n'));
        unknown.forEach(p -> out.append("site/").append(p).append(": error: not a known page kind\n"));
        List<String> missing = new ArrayList<>();
        perKind.forEach((kind, c) -> {
            if (c[0] == 0) {
                missing.add(kind.label);
            }
        });
        if (!missing.isEmpty()) {
            out.append("error: the sample site has no page of kind ").append(String.join(", ", missing)).append('\n');
        }
        Files.createDirectories(report);
        Files.writeString(report.resolve("html-validity.txt"), out, StandardCharsets.UTF_8);
        System.out.print(out);

        int problems = errors.size() + warnings.size() + unknown.size() + missing.size();
        if (problems > 0) {
            fail(errors.size() + " errors, " + warnings.size() + " unreviewed warnings, " + unknown.size()
                    + " unknown pages, " + missing.size() + " missing page kinds:\n" + out);
        }
    }

    /** An edition's folder is a language tag with its own 404 page ("fr/"): its pages are of the same kinds. */
    private static final Pattern EDITION = Pattern.compile("([a-z]{2,3}(?:-[a-z0-9]{2,8})*)/(.+)");

    private static String withoutEdition(Path site, String relative) {
        var m = EDITION.matcher(relative);
        return m.matches() && Files.isRegularFile(site.resolve(m.group(1)).resolve("404.html")) ? m.group(2) : relative;
    }

    private static List<Path> htmlFiles(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            Map<String, Path> sorted = new TreeMap<>();
            files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".html"))
                    .forEach(p -> sorted.put(site.relativize(p).toString(), p));
            return List.copyOf(sorted.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
