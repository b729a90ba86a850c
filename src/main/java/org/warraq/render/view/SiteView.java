package org.warraq.render.view;

/**
 * The site, as every template sees it ({@code site}): in the page's edition (its name, language and words).
 *
 * @param title         site name
 * @param description   site description
 * @param language      language tag for {@code <html lang>}
 * @param direction     "rtl" or "ltr" for {@code <html dir>}
 * @param homeUrl       link to the home page
 * @param archiveUrl    link to the archive overview
 * @param tagsUrl       link to the tags overview
 * @param sourcesUrl    link to the sources overview
 * @param sectionsUrl   link to the sections overview, or null when the site has no sections registry
 * @param authorsUrl    link to the authors overview, or null when the site has no authors registry
 * @param sections      the sections' names and pages, in the registry's order, for the navigation
 * @param searchUrl     link to the search page, where the header's search box sends {@code ?q=}; null when the
 *                      site has no search ({@code search: false})
 * @param stylesheetUrl link to the theme's stylesheet
 * @param logoUrl       link to the logo, or null
 * @param copyright     footer line, may be empty
 * @param generator     "Warraq" and its version, for {@code <meta name="generator">}
 * @param words         the theme's words in the edition's language ({@code templates/messages/<language>.yaml}),
 *                      by key: {@code ${site.words.home}}
 * @param languages     the language switch: for each other edition, this page in it when it has a version there,
 *                      else that edition's home page (empty on a site of one language)
 */
public record SiteView(String title, String description, String language, String direction, String homeUrl,
                       String archiveUrl, String tagsUrl, String sourcesUrl, String sectionsUrl, String authorsUrl,
                       java.util.List<Link> sections, String searchUrl, String stylesheetUrl, String logoUrl,
                       String copyright, String generator,
                       java.util.Map<String, String> words, java.util.List<LanguageLink> languages) {
    public SiteView {
        sections = java.util.List.copyOf(sections);
        languages = java.util.List.copyOf(languages);
    }
}
