package org.warraq.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Allow-list cleaning (jsoup's {@link Cleaner}) of article bodies that contain raw HTML: scripts,
 * styles, event handlers, frames, forms and {@code javascript:}/{@code data:} URLs are removed; text
 * formatting, links, images, tables, figures and direction attributes stay.
 */
final class HtmlSanitizer {
    private static final String BASE = "https://warraq.invalid/";
    private final Safelist safelist;
    private final String siteHost;

    HtmlSanitizer(String siteHost) {
        this.siteHost = siteHost;
        this.safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "bdi", "bdo", "mark", "del", "s", "ins", "hr", "abbr", "time", "small")
                .addAttributes(":all", "dir", "lang", "title")
                .addAttributes("a", "rel", "class", "id")
                .addAttributes("sup", "id", "class")
                .addAttributes("li", "id")
                .addAttributes("div", "class")
                .addAttributes("th", "class")
                .addAttributes("td", "class")
                .addAttributes("img", "loading", "decoding")
                .addAttributes("abbr", "title")
                .addAttributes("time", "datetime")
                .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
    }

    String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element a : clean.select("a[href]")) {
            if (Markdown.isExternal(a.attr("href"), siteHost)) {
                a.attr("rel", "noopener");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
