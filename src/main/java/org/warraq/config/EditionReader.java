package org.warraq.config;

import com.ibm.icu.util.ULocale;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.warraq.diag.Position;
import org.warraq.diag.Suggestions;
import org.warraq.text.Digits;
import org.warraq.text.InlineText;
import org.warraq.text.MonthStyle;
import org.warraq.yaml.YamlFields;
import org.warraq.yaml.YamlMap;

/**
 * The settings of one edition: the main one from the top level of {@code site.yaml}, the others from the
 * entries of {@code editions:}, which give only what differs (see docs/configuration.md, "Editions").
 */
final class EditionReader {
    /** The keys an entry of {@code editions:} may have. */
    static final Set<String> KEYS = Set.of("title", "description", "copyright", "news_name", "direction",
            "date_style", "digits", "hijri", "hijri_offset", "time_zone_label", "sources");
    private static final Set<String> SOURCE_NAME_KEYS = Set.of("name", "short", "notice");
    private static final Map<String, MonthStyle> STYLES = Map.of("egypt", MonthStyle.EGYPT, "maghreb", MonthStyle.MAGHREB,
            "levant", MonthStyle.LEVANT, "both", MonthStyle.BOTH, "algeria", MonthStyle.ALGERIA,
            "tunisia", MonthStyle.ALGERIA);
    private static final Map<String, Digits> DIGITS = Map.of("latin", Digits.LATIN, "arabic", Digits.ARABIC);

    private EditionReader() {
    }

    /** Whether {@code language} is a syntactically valid language tag. */
    static boolean isLanguageTag(String language) {
        return language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    }

    /** The main edition, from the top-level keys. */
    static Edition main(YamlFields f, String language, Map<String, Source> sources) {
        String title = f.requiredText("title", Position.START, "the site's name, e.g. title: أخبار الرباط")
                .map(InlineText::clean).orElse("");
        return read(f, language, "", title, "", false, 0, sources);
    }

    /**
     * Another edition: {@code f} is its entry under {@code editions:}; the Hijri settings are inherited from the
     * main edition (they describe the country), the rest of the words default to the language's own; the
     * sources keep the registry's names unless the edition gives its own, and show a notice only when it does.
     */
    static Edition other(YamlFields f, String language, Edition main) {
        f.rejectUnknown(KEYS, Set.of());
        String title = f.text("title").map(InlineText::clean).filter(t -> !t.isEmpty()).orElse(main.title());
        Map<String, Source> sources = new LinkedHashMap<>();
        main.sources().forEach((id, s) -> sources.put(id, new Source(id, s.slug(), s.name(), s.shortName(), s.url(),
                s.feed(), Optional.empty())));
        f.mapping("sources").ifPresent(names -> translatedSources(f, names, sources));
        return read(f, language, language.toLowerCase(Locale.ROOT), title, "", main.hijri(), main.hijriOffset(), sources);
    }

    private static Edition read(YamlFields f, String language, String path, String title, String fallbackDescription,
                                boolean hijri, int hijriOffset, Map<String, Source> sources) {
        boolean rtl = ULocale.forLanguageTag(language).isRightToLeft();
        Optional<String> direction = f.text("direction");
        if (direction.isPresent()) {
            switch (direction.get().strip()) {
                case "rtl" -> rtl = true;
                case "ltr" -> rtl = false;
                default -> f.error(at(f, "direction"), "direction must be rtl or ltr", "got '" + direction.get() + "'");
            }
        }
        String description = f.text("description").map(InlineText::clean).orElse(fallbackDescription);
        MonthStyle style = f.text("date_style").map(s -> choice(f, "date_style", s, STYLES, MonthStyle.EGYPT))
                .orElse(MonthStyle.EGYPT);
        Digits digits = f.text("digits").map(s -> choice(f, "digits", s, DIGITS, Digits.LATIN)).orElse(Digits.LATIN);
        Optional<String> label = f.text("time_zone_label").map(InlineText::clean).filter(s -> !s.isEmpty());
        return new Edition(language, path, rtl, title, description,
                f.text("copyright").map(InlineText::clean).orElse(""),
                f.text("news_name").map(InlineText::clean).filter(s -> !s.isEmpty()).orElse(title),
                style, digits, f.bool("hijri").orElse(hijri), f.integer("hijri_offset", -2, 2).orElse(hijriOffset),
                label, sources);
    }

    /** An edition's names for the registry's sources: only name, short and notice; the ids are the registry's. */
    private static void translatedSources(YamlFields f, YamlMap names, Map<String, Source> sources) {
        for (YamlMap.Entry entry : names.entries()) {
            Source source = sources.get(entry.key());
            if (source == null) {
                f.error(entry.keyAt(), "unknown source '" + entry.key() + "'",
                        Suggestions.closest(entry.key(), sources.keySet()).map(k -> "did you mean '" + k + "'? ").orElse("")
                                + "an edition names the sources of the top-level sources: ("
                                + String.join(", ", new TreeSet<>(sources.keySet())) + ")");
                continue;
            }
            if (!(entry.value() instanceof YamlMap map)) {
                f.error(entry.value().at(), "source '" + entry.key() + "' must be a mapping with name, short, notice", "");
                continue;
            }
            YamlFields s = new YamlFields(map, f.path(), f.problems());
            s.rejectUnknown(SOURCE_NAME_KEYS, Set.of());
            String name = s.text("name").map(InlineText::clean).filter(t -> !t.isEmpty()).orElse(source.name());
            String shortName = s.text("short").map(InlineText::clean).filter(t -> !t.isEmpty()).orElse(name);
            Optional<String> notice = s.text("notice").map(String::strip).filter(t -> !t.isEmpty());
            sources.put(source.id(), new Source(source.id(), source.slug(), name, shortName, source.url(), source.feed(),
                    notice));
        }
    }

    static <T> T choice(YamlFields f, String key, String value, Map<String, T> options, T fallback) {
        T found = options.get(value.strip().toLowerCase(Locale.ROOT));
        if (found == null) {
            f.error(at(f, key), "'" + key + "' must be one of " + String.join(", ", new TreeSet<>(options.keySet())),
                    "got '" + value + "'" + Suggestions.closest(value.strip(), options.keySet())
                            .map(k -> " (did you mean '" + k + "'?)").orElse(""));
            return fallback;
        }
        return found;
    }

    static Position at(YamlFields f, String key) {
        return f.entry(key).map(e -> e.value().at()).orElse(Position.START);
    }
}
