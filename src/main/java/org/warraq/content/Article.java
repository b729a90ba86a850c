package org.warraq.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warraq.diag.Position;

/**
 * One article as loaded from {@code content/}: its front matter, validated, and what list pages need.
 * The body is not kept (it is rendered from the file when the article's page is written), so a site of
 * 100,000 articles fits in a small heap.
 *
 * @param file        path relative to the site root, for problem lines ("content/2024/x.md")
 * @param contentPath path relative to {@code content/} ("2024/x.md")
 * @param title       headline, cleaned to one line
 * @param date        publication time, with the offset written or the site's
 * @param updated     last update time: {@code updated:}, or the newest correction when that is later
 * @param slug        URL slug (normalised)
 * @param dateline    city the story was filed from
 * @param sourceId    id in the sources registry
 * @param sourceUrl   link to the original story
 * @param authors     bylines as written: authors registry ids or plain names
 * @param tags        tags as written (cleaned) with their slugs, in order, one per slug
 * @param summary     explicit summary, or the first paragraph as plain text, cut at a word boundary
 * @param image       lead image
 * @param draft       left out of the site unless drafts are asked for
 * @param params      values of the site's extra front-matter keys
 * @param hash        SHA-256 of the file's bytes, hex
 * @param words       approximate word count of the body
 * @param slugAt      where the {@code slug:} key is, or {@code title:} when the slug comes from it
 * @param references  relative links and images in the body (their targets are part of the page's inputs)
 * @param section     id in the sections registry
 * @param featured    a candidate for the home page's lead story (the newest featured one leads)
 * @param breaking    urgent: labelled wherever it is shown, and it leads the home page while it is the newest
 * @param corrections corrections published with it, oldest first ({@code updated} is at least the newest's date)
 * @param aliases     its old addresses, where redirect pages to it are published
 * @param language    the language of the edition it belongs to (its folder {@code content/<language>/}, or
 *                    its {@code language:} key; else the main edition's)
 * @param translationKey what its translations in other editions share ({@code translation_key:})
 */
public record Article(String file, String contentPath, String title, OffsetDateTime date,
                      Optional<OffsetDateTime> updated, String slug, Optional<String> dateline,
                      Optional<String> sourceId, Optional<String> sourceUrl, List<String> authors,
                      List<TagName> tags, String summary, Optional<Image> image, boolean draft,
                      Map<String, String> params, String hash, int words, Position slugAt,
                      List<String> references, Optional<String> section, boolean featured, boolean breaking,
                      List<Correction> corrections, List<Alias> aliases, String language,
                      Optional<String> translationKey) {

    public Article {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        references = List.copyOf(references);
        corrections = List.copyOf(corrections);
        aliases = List.copyOf(aliases);
        params = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(params));
    }

    /** The calendar day of publication in the site's time zone; archives and URLs use it. */
    public LocalDate day(ZoneId zone) {
        return date.atZoneSameInstant(zone).toLocalDate();
    }

    /** The update time, or the publication time when there was no update. */
    public OffsetDateTime lastModified() {
        return updated.orElse(date);
    }
}
