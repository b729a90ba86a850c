package org.warraq.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warraq.text.DateFormat;
import org.warraq.text.Digits;
import org.warraq.text.MonthStyle;

/**
 * Everything {@code site.yaml} says, validated. See {@code docs/configuration.md} for each key.
 *
 * @param title              site name
 * @param description        one-line description (home page meta description, feed subtitle)
 * @param baseUrl            absolute URL of the site's root, always ending in '/', may carry a path
 * @param language           BCP 47 language tag, e.g. "ar"
 * @param rtl                whether pages are right-to-left
 * @param timezone           zone for dates without an offset, for archive days and displayed times
 * @param monthStyle         month-name style
 * @param digits             digit style on pages
 * @param hijri              whether article pages also show the Hijri date
 * @param pageSize           items per list page
 * @param feedSize           entries per feed
 * @param feedContent        full articles or summaries, by kind of feed
 * @param newsName           publication name for the Google News sitemap
 * @param newsWindowHours    how far back from the newest article the news sitemap reaches
 * @param sitemapMaxUrls     URLs per sitemap file before it is split under an index
 * @param newsSitemapMaxUrls URLs per news sitemap file before it is split
 * @param maxFileBytes       largest content file accepted
 * @param rawHtml            treatment of raw HTML in Markdown
 * @param extraKeys          front-matter keys accepted besides the standard ones
 * @param trustedFiles       glob patterns of files of content/ published as they are, even web pages and scripts
 * @param logo               publisher logo (URL or site path), for JSON-LD and the header
 * @param copyright          footer line
 * @param sources            the sources registry, by id, in the order of site.yaml
 * @param sections           the sections registry, by id, in the order pages show them (by {@code order}, else as
 *                           written)
 * @param authors            the authors registry, by id, in the order of site.yaml
 * @param homeSectionItems   stories per section block on the home page (0: no blocks)
 * @param relatedItems       related stories per article page (0: none)
 * @param images             how images are published: widths of their copies, pixel limit, default shared image
 * @param fingerprint        a hash of site.yaml's bytes: when it changes, nothing cached is reused
 */
public record SiteConfig(String title, String description, URI baseUrl, String language, boolean rtl,
                         ZoneId timezone, MonthStyle monthStyle, Digits digits, boolean hijri,
                         int pageSize, int feedSize, FeedContents feedContent, String newsName,
                         int newsWindowHours, int sitemapMaxUrls, int newsSitemapMaxUrls, long maxFileBytes,
                         RawHtml rawHtml, Set<String> extraKeys, List<String> trustedFiles, Optional<String> logo, String copyright,
                         Map<String, Source> sources, Map<String, Section> sections, Map<String, Author> authors,
                         int homeSectionItems, int relatedItems, ImageSettings images, String fingerprint) {

    public SiteConfig {
        extraKeys = Set.copyOf(extraKeys);
        trustedFiles = List.copyOf(trustedFiles);
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        sections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
        authors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(authors));
    }

    /** The registered author an article's {@code author:} value names by id, if it is one. */
    public Optional<Author> author(String idOrName) {
        return Optional.ofNullable(authors.get(idOrName));
    }

    /** The name a byline shows for an {@code author:} value: a registered author's name, else the value. */
    public String authorName(String idOrName) {
        Author author = authors.get(idOrName);
        return author == null ? idOrName : author.name();
    }

    /** How pages write dates and counts, in the site's language, month style and digits. */
    public DateFormat dates() {
        return DateFormat.of(language, monthStyle, digits);
    }

    /** {@code "rtl"} or {@code "ltr"}. */
    public String direction() {
        return rtl ? "rtl" : "ltr";
    }

    /** Open Graph locale, e.g. {@code ar_AR} for "ar", {@code ar_MA} for "ar-MA". */
    public String ogLocale() {
        String[] parts = language.split("-");
        String region = parts.length > 1 ? parts[parts.length - 1].toUpperCase(java.util.Locale.ROOT)
                : parts[0].toUpperCase(java.util.Locale.ROOT);
        return parts[0].toLowerCase(java.util.Locale.ROOT) + "_" + region;
    }
}
