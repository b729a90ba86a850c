package org.warraq.config;

import com.ibm.icu.util.ULocale;
import java.util.LinkedHashMap;
import java.util.List;
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
            "date_style", "digits", "hijri", "hijri_offset", "time_zone_label", "sources", "sections", "authors");
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
    static Edition main(YamlFields f, String language, Map<String, Source> sources, Map<String, Section> sections,
                        Map<String, Author> authors) {
        String title = f.requiredText("title", Position.START, "the site's name, e.g. title: أخبار الرباط")
                .map(InlineText::clean).orElse("");
        return read(f, language, "", title, "", false, 0, new Registers(sources, sections, authors));
    }

    /** The registries as one edition names them. */
    private record Registers(Map<String, Source> sources, Map<String, Section> sections, Map<String, Author> authors) {
    }

    /**
     * Another edition: {@code f} is its entry under {@code editions:}; the Hijri settings are inherited from the
     * main edition (they describe the country), the rest of the words default to the language's own; the
     * registries' entries keep their names unless the edition gives its own; a source shows a notice, a section
     * its description and an author a bio only when the edition gives them (they are sentences in a language).
     */
    static Edition other(YamlFields f, String language, Edition main) {
        f.rejectUnknown(KEYS, Set.of());
        String title = f.text("title").map(InlineText::clean).filter(t -> !t.isEmpty()).orElse(main.title());
        Map<String, Source> sources = translated(f, "sources", "source", main.sources(), Set.of("name", "short", "notice"),
                (s, t) -> {
                    String name = word(t, "name").orElse(s.name());
                    return new Source(s.id(), s.slug(), name, word(t, "short").orElse(name), s.url(), s.feed(),
                            sentence(t, "notice"));
                });
        Map<String, Section> sections = translated(f, "sections", "section", main.sections(),
                Set.of("name", "description"), (s, t) -> new Section(s.id(), s.slug(), word(t, "name").orElse(s.name()),
                        word(t, "description"), s.image()));
        Map<String, Author> authors = translated(f, "authors", "author", main.authors(), Set.of("name", "bio"),
                (a, t) -> new Author(a.id(), a.slug(), word(t, "name").orElse(a.name()), sentence(t, "bio"), a.image(),
                        a.url(), a.social()));
        return read(f, language, language.toLowerCase(Locale.ROOT), title, "", main.hijri(), main.hijriOffset(),
                new Registers(sources, sections, authors));
    }

    private static Edition read(YamlFields f, String language, String path, String title, String fallbackDescription,
                                boolean hijri, int hijriOffset, Registers registers) {
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
                label, registers.sources(), registers.sections(), registers.authors());
    }

    /**
     * An edition's version of a registry: every entry of {@code registry}, rebuilt from the edition's entry under
     * {@code key} (only {@code keys}; an empty mapping when it gives none); an id the registry lacks is a problem.
     */
    private static <T> Map<String, T> translated(YamlFields f, String key, String what, Map<String, T> registry,
                                                 Set<String> keys, java.util.function.BiFunction<T, YamlFields, T> rebuild) {
        Map<String, YamlFields> given = new LinkedHashMap<>();
        f.mapping(key).ifPresent(names -> {
            for (YamlMap.Entry entry : names.entries()) {
                if (!registry.containsKey(entry.key())) {
                    f.error(entry.keyAt(), "unknown " + what + " '" + entry.key() + "'",
                            Suggestions.closest(entry.key(), registry.keySet()).map(k -> "did you mean '" + k + "'? ").orElse("")
                                    + "an edition names the " + key + " of the top-level " + key + ": ("
                                    + String.join(", ", new TreeSet<>(registry.keySet())) + ")");
                } else if (!(entry.value() instanceof YamlMap map)) {
                    f.error(entry.value().at(), what + " '" + entry.key() + "' must be a mapping with "
                            + String.join(", ", new TreeSet<>(keys)), "");
                } else {
                    YamlFields fields = new YamlFields(map, f.path(), f.problems());
                    fields.rejectUnknown(keys, Set.of());
                    given.put(entry.key(), fields);
                }
            }
        });
        Map<String, T> out = new LinkedHashMap<>();
        registry.forEach((id, entry) -> out.put(id, rebuild.apply(entry,
                given.getOrDefault(id, new YamlFields(new YamlMap(List.of(), Position.START), f.path(), f.problems())))));
        return out;
    }

    private static Optional<String> word(YamlFields f, String key) {
        return f.text(key).map(InlineText::clean).filter(t -> !t.isEmpty());
    }

    private static Optional<String> sentence(YamlFields f, String key) {
        return f.text(key).map(String::strip).filter(t -> !t.isEmpty());
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
