package org.warraq.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warraq.diag.BuildFailure;
import org.warraq.diag.Position;
import org.warraq.diag.Problems;
import org.warraq.files.SiteLayout;
import org.warraq.files.SourceText;
import org.warraq.text.InlineText;
import org.warraq.util.Hashing;
import org.warraq.util.Urls;
import org.warraq.yaml.YamlFields;
import org.warraq.yaml.YamlList;
import org.warraq.yaml.YamlMap;
import org.warraq.yaml.YamlNode;
import org.warraq.yaml.YamlReader;

/** Reads and validates {@code site.yaml}; every problem is reported with its position, exit code 2. */
public final class SiteConfigLoader {
    private static final Set<String> KEYS = Set.of("title", "description", "base_url", "language", "direction",
            "timezone", "date_style", "digits", "hijri", "hijri_offset", "time_zone_label", "page_size", "feed_size",
            "feed_content", "news_name", "news_window_hours", "sitemap_max_urls", "news_sitemap_max_urls",
            "max_file_size_mb", "raw_html", "extra_keys", "logo", "copyright", "search", "sources", "sections", "authors",
            "home_section_items", "related_items", "image_widths", "image_max_megapixels", "og_image", "editions",
            "trusted_files");

    private SiteConfigLoader() {
    }

    /** Loads {@code root/site.yaml}. */
    public static SiteConfig load(Path root) {
        Path file = new SiteLayout(root).config();
        byte[] bytes;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw BuildFailure.config(SiteLayout.CONFIG, "site.yaml is not a file", "make it a text file of settings");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw BuildFailure.config(SiteLayout.CONFIG, "site.yaml not found in " + root.toAbsolutePath().normalize(),
                    "run warraq in the site's folder or pass --root DIR");
        } catch (IOException e) {
            throw BuildFailure.io(SiteLayout.CONFIG, e);
        }
        Problems problems = new Problems();
        Optional<String> text = SourceText.decode(bytes, SiteLayout.CONFIG, problems);
        if (text.isEmpty()) {
            throw new BuildFailure(BuildFailure.CONFIG, problems.sorted());
        }
        Optional<YamlNode> tree = new YamlReader(1 << 20).read(text.get(), SiteLayout.CONFIG, 0, problems);
        SiteConfig config = null;
        if (tree.isPresent()) {
            if (tree.get() instanceof YamlMap map) {
                config = bind(new YamlFields(map, SiteLayout.CONFIG, problems), Hashing.hex(bytes),
                        new SiteLayout(root).content());
            } else {
                problems.error(SiteLayout.CONFIG, Position.START, "site.yaml must be a mapping of keys and values", "e.g. title: ...");
            }
        }
        if (problems.hasErrors() || config == null) {
            throw new BuildFailure(BuildFailure.CONFIG, problems.sorted());
        }
        return config;
    }

    private static SiteConfig bind(YamlFields f, String fingerprint, Path content) {
        f.rejectUnknown(KEYS, Set.of());
        URI baseUrl = f.requiredText("base_url", Position.START, "the address the site is published at, e.g. https://example.org/")
                .flatMap(u -> baseUrl(u, f)).orElse(URI.create("https://example.org/"));
        String language = f.text("language").map(String::strip).orElse("ar");
        if (!EditionReader.isLanguageTag(language)) {
            f.error(at(f, "language"), "language '" + language + "' is not a language tag", "e.g. ar, ar-MA, ar-EG, fr, en");
            language = "ar";
        }
        ZoneId zone = ZoneId.of("UTC");
        Optional<String> tz = f.text("timezone");
        if (tz.isPresent()) {
            try {
                zone = ZoneId.of(tz.get().strip());
            } catch (DateTimeException e) {
                f.error(at(f, "timezone"), "unknown time zone '" + tz.get() + "'", "use a tz database name, e.g. Asia/Riyadh, Africa/Casablanca");
            }
        }
        FeedContents feedContent = feedContents(f);
        RawHtml rawHtml = f.text("raw_html").map(s -> choice(f, "raw_html", s,
                Map.of("escape", RawHtml.ESCAPE, "sanitize", RawHtml.SANITIZE, "trust", RawHtml.TRUST), RawHtml.SANITIZE))
                .orElse(RawHtml.SANITIZE);
        Optional<String> logo = logo(f);
        Registries registries = new Registries(f, content);
        Edition main = EditionReader.main(f, language, registries.sources(), registries.sections(), registries.authors());
        return new SiteConfig(baseUrl, zone,
                f.integer("page_size", 1, 1000).orElse(20),
                f.integer("feed_size", 1, 1000).orElse(50),
                feedContent,
                f.integer("news_window_hours", 1, 24 * 30).orElse(48),
                f.integer("sitemap_max_urls", 1, 50_000).orElse(50_000),
                f.integer("news_sitemap_max_urls", 1, 1_000).orElse(1_000),
                f.integer("max_file_size_mb", 1, 100).orElse(5) * 1024L * 1024L,
                rawHtml,
                new LinkedHashSet<>(f.textList("extra_keys")),
                trustedFiles(f),
                logo, f.bool("search").orElse(true), main, editions(f, main),
                f.integer("home_section_items", 0, 100).orElse(4),
                f.integer("related_items", 0, 100).orElse(4),
                ImageSettings.read(f, content, registries.imageFiles()), fingerprint);
    }

    /**
     * {@code feed_content}: one value for every feed ({@code full} or {@code summary}, the form of earlier
     * versions), or a mapping by kind of feed ({@code site}, {@code tags}, {@code sources}, {@code sections}, {@code authors}); what is not
     * given keeps its default.
     */
    private static FeedContents feedContents(YamlFields f) {
        Optional<YamlMap.Entry> entry = f.entry("feed_content");
        if (entry.isEmpty()) {
            return FeedContents.DEFAULT;
        }
        if (!(entry.get().value() instanceof YamlMap map)) {
            return f.text("feed_content").map(s -> FeedContents.all(feedContent(f, "feed_content", s, FeedContent.FULL)))
                    .orElse(FeedContents.DEFAULT);
        }
        YamlFields kinds = new YamlFields(map, f.path(), f.problems());
        kinds.rejectUnknown(FeedContents.KEYS, Set.of());
        FeedContents d = FeedContents.DEFAULT;
        return new FeedContents(
                kinds.text("site").map(s -> feedContent(kinds, "site", s, d.site())).orElse(d.site()),
                kinds.text("tags").map(s -> feedContent(kinds, "tags", s, d.tags())).orElse(d.tags()),
                kinds.text("sources").map(s -> feedContent(kinds, "sources", s, d.sources())).orElse(d.sources()),
                kinds.text("sections").map(s -> feedContent(kinds, "sections", s, d.sections())).orElse(d.sections()),
                kinds.text("authors").map(s -> feedContent(kinds, "authors", s, d.authors())).orElse(d.authors()));
    }

    private static FeedContent feedContent(YamlFields f, String key, String value, FeedContent fallback) {
        return choice(f, key, value, Map.of("full", FeedContent.FULL, "summary", FeedContent.SUMMARY), fallback);
    }

    /** The main edition, then those of {@code editions:} in the file's order. */
    private static List<Edition> editions(YamlFields f, Edition main) {
        List<Edition> editions = new ArrayList<>(List.of(main));
        Optional<YamlMap> declared = f.mapping("editions");
        if (declared.isEmpty()) {
            return editions;
        }
        Map<String, String> paths = new HashMap<>();
        paths.put(main.language().toLowerCase(Locale.ROOT), main.language());
        for (YamlMap.Entry entry : declared.get().entries()) {
            String language = entry.key().strip();
            if (!EditionReader.isLanguageTag(language)) {
                f.error(entry.keyAt(), "edition '" + language + "' is not a language tag", "e.g. fr, en, ar-MA");
                continue;
            }
            String clash = paths.putIfAbsent(language.toLowerCase(Locale.ROOT), language);
            if (clash != null) {
                f.error(entry.keyAt(), clash.equals(main.language()) ? "edition '" + language + "' is the main language"
                        : "editions '" + clash + "' and '" + language + "' are one language", clash.equals(main.language())
                        ? "the main edition is the top-level settings (language: " + main.language() + ")" : "keep one");
                continue;
            }
            YamlMap settings = entry.value() instanceof YamlMap map ? map : null;
            if (settings == null && !(entry.value() instanceof org.warraq.yaml.YamlScalar s && s.isNull())) {
                f.error(entry.value().at(), "edition '" + language + "' must be a mapping of its settings", "e.g. title: ...");
                continue;
            }
            YamlFields e = new YamlFields(settings == null ? new YamlMap(List.of(), entry.keyAt()) : settings,
                    f.path(), f.problems());
            editions.add(EditionReader.other(e, language, main));
        }
        return editions;
    }

    static boolean checkHttp(YamlFields f, String key, String url) {
        int bad = url.codePoints().filter(c -> Character.isWhitespace(c) || InlineText.isRemoved(c)).findFirst().orElse(-1);
        if (bad >= 0) {
            f.error(at(f, key), String.format(Locale.ROOT, "'%s' holds %s (U+%04X)", key,
                    Character.isWhitespace(bad) ? "white space" : "a control character", bad),
                    "an address has no spaces or invisible characters; percent-encode them (%20)");
            return false;
        }
        if (Urls.isHttp(url)) {
            return true;
        }
        f.error(at(f, key), "'" + key + "' must be an http:// or https:// address", "");
        return false;
    }

    /**
     * The base URL in its normal form (scheme and host in lower case, an internationalised domain in punycode,
     * no default port, the path percent-encoded and ending in '/'), or a positioned problem.
     */
    private static Optional<URI> baseUrl(String raw, YamlFields f) {
        String value = raw.strip();
        try {
            URI uri = new URI(Urls.normalHttp(value).orElseThrow(() -> new URISyntaxException(value, "not an http(s) address")))
                    .normalize();
            if (uri.getRawUserInfo() != null) {
                f.error(at(f, "base_url"), "base_url must not hold a user name or password",
                        "it would be published on every page; write https://example.org/");
                return Optional.empty();
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new URISyntaxException(value, "a query or fragment");
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (!path.endsWith("/")) {
                path = path + "/";
            }
            return Optional.of(URI.create(new URI(uri.getScheme() + "://" + uri.getRawAuthority() + path).toASCIIString()));
        } catch (URISyntaxException e) {
            f.error(at(f, "base_url"), "base_url '" + value + "' is not an absolute http(s) address",
                    "e.g. https://example.org/ or https://example.org/news/");
            return Optional.empty();
        }
    }

    /**
     * {@code logo}: an http(s) address, or the path of a file of the site ({@code /assets/logo.svg},
     * {@code images/logo.png}); never another scheme ({@code javascript:}, {@code data:}), {@code .} or
     * {@code ..}, a query or a fragment.
     */
    private static Optional<String> logo(YamlFields f) {
        Optional<String> logo = f.text("logo").map(String::strip).filter(s -> !s.isEmpty());
        if (logo.isEmpty() || Urls.isHttp(logo.get())) {
            return logo;
        }
        String path = logo.get().startsWith("//") ? "" : logo.get().replaceFirst("^/", "");
        boolean site = !path.isEmpty() && !path.split("/", 2)[0].contains(":")
                && path.chars().noneMatch(c -> c == '\\' || c == '?' || c == '#' || Character.isISOControl(c))
                && java.util.Arrays.stream(path.split("/", -1)).noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
        if (!site) {
            f.error(at(f, "logo"), "'logo' must be an http(s) address or the path of a file of the site",
                    "e.g. logo: /assets/logo.svg for templates/static/logo.svg, or logo: https://example.org/logo.png");
            return Optional.empty();
        }
        return logo;
    }

    /**
     * {@code trusted_files}: glob patterns of content-relative paths ({@code graphics/**}, {@code *.html}) of
     * files published as they are, even those a browser would run.
     */
    private static List<String> trustedFiles(YamlFields f) {
        List<String> patterns = f.textList("trusted_files");
        Optional<YamlMap.Entry> entry = f.entry("trusted_files");
        List<YamlNode> nodes = entry.map(e -> e.value() instanceof YamlList list ? list.items() : List.of(e.value()))
                .orElse(List.of());
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i).strip();
            Position at = i < nodes.size() ? nodes.get(i).at() : at(f, "trusted_files");
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + pattern);
                if (pattern.isEmpty() || pattern.startsWith("/") || pattern.contains("..")) {
                    throw new IllegalArgumentException(pattern);
                }
                valid.add(pattern);
            } catch (IllegalArgumentException e) {
                f.error(at, "'" + pattern + "' is not a pattern of files in content/",
                        "write paths relative to content/, e.g. graphics/** or maps/*.html");
            }
        }
        return valid;
    }

    private static <T> T choice(YamlFields f, String key, String value, Map<String, T> options, T fallback) {
        return EditionReader.choice(f, key, value, options, fallback);
    }

    static Position at(YamlFields f, String key) {
        return EditionReader.at(f, key);
    }
}
