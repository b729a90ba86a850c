package org.warraq.content;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.warraq.config.SiteConfig;
import org.warraq.diag.Position;
import org.warraq.diag.Suggestions;
import org.warraq.yaml.YamlFields;
import org.warraq.yaml.YamlList;
import org.warraq.yaml.YamlMap;
import org.warraq.yaml.YamlNode;
import org.warraq.yaml.YamlScalar;

/**
 * The front-matter keys that tie an article to the newsroom's registries and history: {@code section:} and
 * {@code source:} (registry ids, an unknown one reported with a did-you-mean), {@code author:} ids,
 * {@code corrections:} and {@code aliases:}. Every problem is positioned.
 */
final class EditorialKeys {
    private static final Set<String> CORRECTION_KEYS = Set.of("date", "text");
    private static final String ALIAS_HINT = "write the old path on this site, e.g. /2023/06/14/old-slug/";

    private final YamlFields f;
    private final SiteConfig config;

    EditorialKeys(YamlFields f, SiteConfig config) {
        this.f = f;
        this.config = config;
    }

    /** The id written under {@code key}, reported when {@code registry} (site.yaml's {@code registryKey:}) lacks it. */
    Optional<String> registryId(String key, Map<String, ?> registry, String registryKey) {
        Optional<String> id = f.text(key).map(String::strip).filter(s -> !s.isEmpty());
        if (id.isEmpty() || registry.containsKey(id.get())) {
            return id;
        }
        String hint;
        if (registry.isEmpty()) {
            hint = "declare it under " + registryKey + ": in site.yaml";
        } else {
            hint = Suggestions.closest(id.get(), registry.keySet()).map(k -> "did you mean '" + k + "'? ").orElse("")
                    + "known " + registryKey + ": " + String.join(", ", new TreeSet<>(registry.keySet()));
        }
        f.error(valueAt(key), "unknown " + key + " '" + id.get() + "'", hint);
        return id;
    }

    /**
     * Warns about an {@code author:} value that looks like a mistyped registry id (one word, close to an id):
     * it would silently become a plain byline.
     */
    void checkAuthors(List<String> authors) {
        List<YamlNode> nodes = items("author");
        for (int i = 0; i < authors.size(); i++) {
            String author = authors.get(i);
            if (config.authors().containsKey(author) || author.codePoints().anyMatch(Character::isWhitespace)) {
                continue;
            }
            Position at = nodes.size() == authors.size() ? nodes.get(i).at() : valueAt("author");
            Suggestions.closest(author, config.authors().keySet()).ifPresent(id -> f.warning(at,
                    "author '" + author + "' is not in the authors registry, so it is shown as a plain name",
                    "did you mean '" + id + "'?"));
        }
    }

    /** The values of a key that takes one value or a list, as nodes (for their positions). */
    private List<YamlNode> items(String key) {
        return f.entry(key).map(e -> e.value() instanceof YamlList list ? list.items() : List.of(e.value()))
                .orElse(List.of());
    }

    /** {@code corrections:}, a list of {@code {date, text}}, oldest first. */
    List<Correction> corrections() {
        Optional<YamlMap.Entry> entry = f.entry("corrections");
        if (entry.isEmpty() || entry.get().value() instanceof YamlScalar s && s.isNull()) {
            return List.of();
        }
        if (!(entry.get().value() instanceof YamlList list)) {
            f.error(entry.get().value().at(), "'corrections' must be a list of date and text",
                    "corrections: [{date: 2024-02-27T09:00, text: ...}]");
            return List.of();
        }
        List<Correction> out = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlMap map)) {
                f.error(item.at(), "each correction must be a mapping with date and text", "- {date: 2024-02-27, text: ...}");
                continue;
            }
            YamlFields c = new YamlFields(map, f.path(), f.problems());
            c.rejectUnknown(CORRECTION_KEYS, Set.of());
            Optional<OffsetDateTime> date = c.requiredText("date", item.at(), "when the correction was made")
                    .flatMap(raw -> Dates.parse(raw, config.timezone(), f.path(), map.get("date").orElseThrow().at(), f.problems()));
            Optional<String> text = c.requiredText("text", item.at(), "what was corrected")
                    .map(org.warraq.text.InlineText::clean).filter(t -> !t.isEmpty());
            if (date.isPresent() && text.isPresent()) {
                out.add(new Correction(date.get(), text.get()));
            }
        }
        out.sort(java.util.Comparator.comparing(c -> c.date().toInstant()));
        return out;
    }

    /** {@code aliases:}, one path or a list, each checked and decoded. */
    List<Alias> aliases() {
        List<YamlNode> nodes = items("aliases");
        List<String> values = f.textList("aliases");
        if (values.size() != nodes.size()) {
            return List.of();
        }
        List<Alias> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            alias(values.get(i).strip(), nodes.get(i).at()).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Alias> alias(String written, Position at) {
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || written.startsWith("//")) {
            return refuse(at, "alias '" + written + "' is an address, not a path on this site", ALIAS_HINT);
        }
        if (written.indexOf('?') >= 0 || written.indexOf('#') >= 0) {
            return refuse(at, "alias '" + written + "' has a query or a fragment, which a static site cannot tell apart",
                    ALIAS_HINT);
        }
        String path;
        try {
            path = java.net.URLDecoder.decode(written.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse(at, "alias '" + written + "' has a malformed %-escape", ALIAS_HINT);
        }
        if (path.indexOf('\\') >= 0 || path.chars().anyMatch(Character::isISOControl)) {
            return refuse(at, "alias '" + written + "' has a backslash or a control character", ALIAS_HINT);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return refuse(at, "alias '" + written + "' must not contain '.' or '..' segments", ALIAS_HINT);
            }
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1).toLowerCase(Locale.ROOT);
        boolean file = !path.endsWith("/") && (last.endsWith(".html") || last.endsWith(".htm"));
        return Optional.of(new Alias(written, segments, !file, at));
    }

    private Optional<Alias> refuse(Position at, String message, String hint) {
        f.error(at, message, hint);
        return Optional.empty();
    }

    Position valueAt(String key) {
        return f.entry(key).map(e -> e.value().at()).orElse(Position.START);
    }
}
