package org.warraq.config;

import java.util.Optional;

/**
 * A news source (agency or outlet) from the {@code sources:} registry of {@code site.yaml}. Articles name
 * it by {@code id}; every page of its stories shows its name, its notice and a link to it.
 *
 * @param id        the key in {@code sources:}, as articles write it in {@code source:}
 * @param slug      the URL segment of its pages ({@code /sources/<slug>/})
 * @param name      full name, e.g. "وكالة الأناضول"
 * @param shortName short name used in datelines, e.g. "الأناضول" (the full name when not given)
 * @param url       the source's home page
 * @param feed      the source's own feed, for the RSS {@code <source url>} element (else {@code url})
 * @param notice    the source's notice shown under each of its stories
 */
public record Source(String id, String slug, String name, String shortName, Optional<String> url,
                     Optional<String> feed, Optional<String> notice) {
}
