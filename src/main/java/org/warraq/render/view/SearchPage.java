package org.warraq.render.view;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model of {@code search.ftlh}, the page at {@code /search/} (in another edition at {@code /<language>/search/},
 * with that edition's index). Its form works without JavaScript (GET {@code ?q=}); the theme's {@code search.js}
 * reads the query, fetches the parts of the index it needs and lists the results in {@code #search-results}.
 *
 * @param site        the site
 * @param head        head metadata
 * @param indexUrl    link to the folder of the search index (ends with "/"), for {@code data-index}
 * @param rootUrl     link to the site's root (in every edition: not the edition's home), which result links start
 *                    from, for {@code data-root}
 * @param analysisUrl link to the theme's {@code search-analysis.js} (how words become terms; load it first)
 * @param scriptUrl   link to the theme's {@code search.js} (the page's script)
 * @param digits      "0123456789" in the site's digits, for {@code data-digits}: the script writes numbers with them
 * @param counts      the message {@code search_count} in each plural form of the site's language, by CLDR
 *                    category in CLDR's order ("zero", "one", "two", "few", "many", "other"), with {@code {n}} where the
 *                    script puts the number of results
 * @param partials    the same for {@code search_partial} (no article has every word: these have some)
 */
public record SearchPage(SiteView site, Head head, String indexUrl, String rootUrl, String analysisUrl,
                         String scriptUrl, String digits, Map<String, String> counts, Map<String, String> partials) {
    public SearchPage {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        partials = Collections.unmodifiableMap(new LinkedHashMap<>(partials));
    }
}
