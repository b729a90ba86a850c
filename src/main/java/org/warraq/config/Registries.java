package org.warraq.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warraq.diag.Position;
import org.warraq.diag.Suggestions;
import org.warraq.files.ContentPaths;
import org.warraq.text.InlineText;
import org.warraq.text.Slugs;
import org.warraq.util.Urls;
import org.warraq.yaml.YamlFields;
import org.warraq.yaml.YamlMap;
import org.warraq.yaml.YamlScalar;

/**
 * The registries of {@code site.yaml}: {@code sources:}, {@code sections:} and {@code authors:}, each a mapping
 * of ids to mappings, read in the order written. An id's slug is its URL segment ({@code /sections/<slug>/}); two
 * ids with one slug, an id without letters, a wrong type or an unknown key are problems at their positions.
 */
final class Registries {
    private static final Set<String> SOURCE_KEYS = Set.of("name", "short", "url", "feed", "notice");
    private static final Set<String> SECTION_KEYS = Set.of("name", "description", "image", "order");
    private static final Set<String> AUTHOR_KEYS = Set.of("name", "bio", "image", "url", "social");

    private final YamlFields top;
    private final Path content;
    private final Map<String, Position> imageFiles = new LinkedHashMap<>();

    /**
     * @param top     the fields of {@code site.yaml}
     * @param content the {@code content/} folder, where registry images that are not web addresses must be
     */
    Registries(YamlFields top, Path content) {
        this.top = top;
        this.content = content;
    }

    /** What one registry entry becomes, read from its own fields. */
    private interface Binder<T> {
        T bind(String id, String slug, Position at, YamlFields fields);
    }

    Map<String, Source> sources() {
        return read("sources", "source", "anadolu or reuters", SOURCE_KEYS, "name, short, url, notice", (id, slug, at, s) -> {
            String name = s.requiredText("name", at, "the source's full name").map(InlineText::clean).orElse(id);
            String shortName = s.text("short").map(InlineText::clean).filter(t -> !t.isEmpty()).orElse(name);
            return new Source(id, slug, name, shortName, http(s, "url"), http(s, "feed"), text(s, "notice"));
        });
    }

    /** The sections in the order pages show them: by {@code order}, else as written. */
    Map<String, Section> sections() {
        Map<String, Integer> order = new HashMap<>();
        Map<String, Section> written = read("sections", "section", "politics or economy", SECTION_KEYS,
                "name, description, image, order", (id, slug, at, s) -> {
            order.put(id, s.integer("order", -1_000_000, 1_000_000).orElse(order.size() + 1));
            String name = s.requiredText("name", at, "the section's name as pages show it, e.g. name: سياسة")
                    .map(InlineText::clean).orElse(id);
            return new Section(id, slug, name, text(s, "description").map(InlineText::clean), image(s));
        });
        List<Section> sorted = new ArrayList<>(written.values());
        sorted.sort(Comparator.comparingInt(s -> order.get(s.id())));
        Map<String, Section> out = new LinkedHashMap<>();
        sorted.forEach(s -> out.put(s.id(), s));
        return out;
    }

    Map<String, Author> authors() {
        return read("authors", "author", "ahmed-alaoui", AUTHOR_KEYS, "name, bio, image, url, social", (id, slug, at, s) -> {
            String name = s.requiredText("name", at, "the name bylines show, e.g. name: أحمد العلوي")
                    .map(InlineText::clean).orElse(id);
            return new Author(id, slug, name, text(s, "bio"), image(s), http(s, "url"), social(s));
        });
    }

    private <T> Map<String, T> read(String key, String what, String example, Set<String> keys, String shape,
                                    Binder<T> binder) {
        Map<String, T> out = new LinkedHashMap<>();
        Optional<YamlMap> registry = top.mapping(key);
        if (registry.isEmpty()) {
            return out;
        }
        Map<String, String> slugs = new HashMap<>();
        for (YamlMap.Entry entry : registry.get().entries()) {
            String id = entry.key();
            String slug = Slugs.slugify(id);
            if (slug.isEmpty()) {
                top.error(entry.keyAt(), what + " id '" + id + "' has no letters or digits", "use an id like " + example);
                continue;
            }
            String clash = slugs.putIfAbsent(slug, id);
            if (clash != null) {
                top.error(entry.keyAt(), what + " ids '" + clash + "' and '" + id + "' give the same URL /" + key + "/"
                        + slug + "/", "rename one");
                continue;
            }
            if (!(entry.value() instanceof YamlMap map)) {
                top.error(entry.value().at(), what + " '" + id + "' must be a mapping with " + shape, "");
                continue;
            }
            YamlFields fields = new YamlFields(map, top.path(), top.problems());
            fields.rejectUnknown(keys, Set.of());
            out.put(id, binder.bind(id, slug, entry.keyAt(), fields));
        }
        return out;
    }

    private static Optional<String> text(YamlFields f, String key) {
        return f.text(key).map(String::strip).filter(t -> !t.isEmpty());
    }

    private static Optional<String> http(YamlFields f, String key) {
        return text(f, key).filter(u -> SiteConfigLoader.checkHttp(f, key, u));
    }

    /** An http(s) address, or a file of {@code content/} ({@code /images/x.jpg} or {@code images/x.jpg}). */
    private Optional<String> image(YamlFields f) {
        Optional<String> value = text(f, "image");
        if (value.isEmpty() || Urls.isHttp(value.get())) {
            return value;
        }
        Position at = SiteConfigLoader.at(f, "image");
        Optional<String> path = value.get().matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") ? Optional.empty()
                : ContentPaths.resolve("", value.get());
        if (path.isEmpty()) {
            f.error(at, "'image' must be an https:// address or a file in content/", "e.g. image: /images/politics.jpg");
            return Optional.empty();
        }
        if (!Files.isRegularFile(content.resolve(path.get()))) {
            f.error(at, "image file '" + path.get() + "' not found in content/", "paths start from content/");
            return Optional.empty();
        }
        imageFiles.putIfAbsent(path.get(), at);
        return path;
    }

    /** The files of {@code content/} that registry entries read so far name as {@code image}, with where each is first named. */
    Map<String, Position> imageFiles() {
        return imageFiles;
    }

    /** {@code social:}: a mapping of well-known networks to addresses; email may be a bare address. */
    private static Map<SocialNetwork, String> social(YamlFields author) {
        Map<SocialNetwork, String> out = new EnumMap<>(SocialNetwork.class);
        Optional<YamlMap> map = author.mapping("social");
        if (map.isEmpty()) {
            return out;
        }
        Map<String, SocialNetwork> known = new LinkedHashMap<>();
        for (SocialNetwork network : SocialNetwork.values()) {
            known.put(network.key(), network);
        }
        for (YamlMap.Entry entry : map.get().entries()) {
            SocialNetwork network = known.get(entry.key().toLowerCase(Locale.ROOT));
            if (network == null) {
                String hint = Suggestions.closest(entry.key(), known.keySet()).map(k -> "did you mean '" + k + "'? ").orElse("")
                        + "known: " + String.join(", ", known.keySet());
                author.error(entry.keyAt(), "unknown social network '" + entry.key() + "'", hint);
                continue;
            }
            if (!(entry.value() instanceof YamlScalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
                author.error(entry.value().at(), "'" + entry.key() + "' must be an address", "");
                continue;
            }
            String value = scalar.text().strip();
            if (network == SocialNetwork.EMAIL) {
                String address = value.regionMatches(true, 0, "mailto:", 0, 7) ? value.substring(7) : value;
                if (address.matches("[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+")) {
                    out.put(network, "mailto:" + address);
                } else {
                    author.error(scalar.at(), "'email' must be an email address", "e.g. email: name@example.org");
                }
            } else if (Urls.isHttp(value)) {
                out.put(network, value);
            } else {
                author.error(scalar.at(), "'" + entry.key() + "' must be an http:// or https:// address",
                        "write the whole address of the profile, e.g. https://x.com/name");
            }
        }
        return out;
    }
}
