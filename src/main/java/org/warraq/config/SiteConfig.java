package org.warraq.config;

import com.ibm.icu.util.ULocale;
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
 * Everything {@code site.yaml} says, validated. See {@code docs/configuration.md} for each key. The settings a
 * reader sees in words (name, language, dates, registry names) are those of one {@link Edition}: the main one
 * as loaded, another one through {@link #forEdition}, so every stage that takes a {@code SiteConfig} works on
 * one edition without knowing there are others.
 *
 * @param baseUrl            absolute URL of the site's root, always ending in '/', may carry a path
 * @param timezone           zone for dates without an offset, for archive days and displayed times
 * @param pageSize           items per list page
 * @param feedSize           entries per feed
 * @param feedContent        full articles or summaries, by kind of feed
 * @param newsWindowHours    how far back from the newest article the news sitemap reaches
 * @param sitemapMaxUrls     URLs per sitemap file before it is split under an index
 * @param newsSitemapMaxUrls URLs per news sitemap file before it is split
 * @param maxFileBytes       largest content file accepted
 * @param rawHtml            treatment of raw HTML in Markdown
 * @param extraKeys          front-matter keys accepted besides the standard ones
 * @param trustedFiles       glob patterns of files of content/ published as they are, even web pages and scripts
 * @param logo               publisher logo (URL or site path), for JSON-LD and the header
 * @param search             whether the site has search: in every edition, the search page, its index and the
 *                           header's search box
 * @param edition            the edition this configuration describes: its words, dates and registries' names
 * @param editions           every edition, the main one first
 * @param homeSectionItems   stories per section block on the home page (0: no blocks)
 * @param relatedItems       related stories per article page (0: none)
 * @param images             how images are published: widths of their copies, pixel limit, default shared image
 * @param fingerprint        a hash of site.yaml's bytes: when it changes, nothing cached is reused
 */
public record SiteConfig(URI baseUrl, ZoneId timezone, int pageSize, int feedSize, FeedContents feedContent,
                         int newsWindowHours, int sitemapMaxUrls, int newsSitemapMaxUrls, long maxFileBytes,
                         RawHtml rawHtml, Set<String> extraKeys, List<String> trustedFiles,
                         Optional<String> logo, boolean search, Edition edition,
                         List<Edition> editions, int homeSectionItems, int relatedItems, ImageSettings images,
                         String fingerprint) {

    public SiteConfig {
        extraKeys = Set.copyOf(extraKeys);
        trustedFiles = List.copyOf(trustedFiles);
        editions = List.copyOf(editions);
    }

    /** The registered author an article's {@code author:} value names by id, if it is one. */
    public Optional<Author> author(String idOrName) {
        return Optional.ofNullable(authors().get(idOrName));
    }

    /** The name a byline shows for an {@code author:} value: a registered author's name, else the value. */
    public String authorName(String idOrName) {
        Author author = authors().get(idOrName);
        return author == null ? idOrName : author.name();
    }

    /** The same settings for {@code other}, one of {@link #editions}. */
    public SiteConfig forEdition(Edition other) {
        return new SiteConfig(baseUrl, timezone, pageSize, feedSize, feedContent, newsWindowHours, sitemapMaxUrls,
                newsSitemapMaxUrls, maxFileBytes, rawHtml, extraKeys, trustedFiles, logo, search, other, editions, homeSectionItems, relatedItems,
                images, fingerprint);
    }

    /** The edition of {@code language}, if the site has one. */
    public Optional<Edition> edition(String language) {
        return editions.stream().filter(e -> e.language().equals(language)).findFirst();
    }

    /** The site's name in this edition. */
    public String title() {
        return edition.title();
    }

    /** One-line description (home page meta description, feed subtitle). */
    public String description() {
        return edition.description();
    }

    /** BCP 47 language tag of this edition, e.g. "ar". */
    public String language() {
        return edition.language();
    }

    /** Whether this edition's pages are right-to-left. */
    public boolean rtl() {
        return edition.rtl();
    }

    /** Arabic month-name style. */
    public MonthStyle monthStyle() {
        return edition.monthStyle();
    }

    /** Digit style on pages. */
    public Digits digits() {
        return edition.digits();
    }

    /** Whether article pages also show the Hijri date. */
    public boolean hijri() {
        return edition.hijri();
    }

    /** Publication name for the Google News sitemap. */
    public String newsName() {
        return edition.newsName();
    }

    /** Footer line, may be empty. */
    public String copyright() {
        return edition.copyright();
    }

    /** The sources registry with this edition's names, by id, in the order of site.yaml. */
    public Map<String, Source> sources() {
        return edition.sources();
    }

    /** The sections registry with this edition's names, by id, in the order pages show them. */
    public Map<String, Section> sections() {
        return edition.sections();
    }

    /** The authors registry with this edition's names and bios, by id, in the order of site.yaml. */
    public Map<String, Author> authors() {
        return edition.authors();
    }

    /** How pages write dates and counts, in the edition's language, month style, digits and Hijri offset. */
    public DateFormat dates() {
        return DateFormat.of(language(), monthStyle(), digits(), edition.hijriOffset());
    }

    /** {@code "rtl"} or {@code "ltr"}. */
    public String direction() {
        return edition.direction();
    }

    /**
     * Open Graph locale: {@code ar_MA} for "ar-MA"; without a region, {@code ar_AR} for Arabic (Open Graph's
     * own) and the language's likely region for others ({@code fr_FR}, {@code en_US}).
     */
    public String ogLocale() {
        ULocale locale = ULocale.forLanguageTag(language());
        String lang = locale.getLanguage();
        String region = !locale.getCountry().isEmpty() ? locale.getCountry()
                : lang.equals("ar") ? "AR" : ULocale.addLikelySubtags(locale).getCountry();
        return region.isEmpty() ? lang : lang + "_" + region;
    }
}
