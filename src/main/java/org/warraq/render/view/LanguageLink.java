package org.warraq.render.view;

/**
 * A version of the page in another language: an entry of the language switch ({@code site.languages}) or of
 * the {@code <link rel="alternate" hreflang>} list ({@code head.alternates}).
 *
 * @param language the edition's language tag, for {@code hreflang} and {@code lang}; "x-default" for the
 *                 version shown to readers of no edition's language (the main edition's)
 * @param name     the language's name in itself, e.g. "العربية", "Français" (empty for x-default)
 * @param url      the link: relative in the language switch, absolute in {@code head.alternates}
 */
public record LanguageLink(String language, String name, String url) {
}
