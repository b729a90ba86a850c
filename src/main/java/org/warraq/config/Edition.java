package org.warraq.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.warraq.text.Digits;
import org.warraq.text.MonthStyle;

/**
 * One language of the site: the main edition (the top-level keys of {@code site.yaml}) at the base URL, and
 * each entry of {@code editions:} at {@code /<language>/}. Everything a reader sees that is not an article
 * belongs to an edition: its name, words, dates and the names it gives the registries' entries.
 *
 * @param language      BCP 47 tag, e.g. "ar", "ar-MA", "fr": {@code <html lang>}, {@code hreflang}, the
 *                      theme's words ({@code messages/<language>.yaml}) and date formats
 * @param path          the edition's folder under the base URL: "" for the main edition, else its language
 *                      tag in lower case ("fr")
 * @param rtl           whether its pages are right-to-left
 * @param title         the site's name in this edition
 * @param description   one-line description (home page meta description, feed subtitle)
 * @param copyright     footer line, may be empty
 * @param newsName      publication name for the Google News sitemap
 * @param monthStyle    Arabic month-name style (other languages take theirs from CLDR)
 * @param digits        digit style on pages
 * @param hijri         whether article pages also show the Hijri date
 * @param hijriOffset   days added to a date before its Hijri conversion, −2…+2
 * @param timeZoneLabel what printed times say about their zone ("بتوقيت الرباط"); empty: the UTC offset
 * @param sources       the sources registry with this edition's names and notices, by id
 * @param sections      the sections registry with this edition's names and descriptions, by id, in page order
 * @param authors       the authors registry with this edition's names and bios, by id
 */
public record Edition(String language, String path, boolean rtl, String title, String description, String copyright,
                      String newsName, MonthStyle monthStyle, Digits digits, boolean hijri, int hijriOffset,
                      Optional<String> timeZoneLabel, Map<String, Source> sources, Map<String, Section> sections,
                      Map<String, Author> authors) {
    public Edition {
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        authors = Collections.unmodifiableMap(new LinkedHashMap<>(authors));
    }

    /** Whether this is the main edition, published at the base URL. */
    public boolean main() {
        return path.isEmpty();
    }

    /** {@code "rtl"} or {@code "ltr"}. */
    public String direction() {
        return rtl ? "rtl" : "ltr";
    }

    /** The language without region or script, lower case: "ar" for "ar-MA". */
    public String primaryLanguage() {
        return language.split("-")[0].toLowerCase(Locale.ROOT);
    }
}
