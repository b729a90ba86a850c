/**
 * Site search without a server: Arabic-aware analysis ({@code Analysis}, ported to the default theme's
 * {@code search-analysis.js}) and a static index written at build time, sharded by term prefix, long lists
 * cut by document range, so that a query downloads a small part of it ({@link org.warraq.search.SearchIndexer});
 * what each article gave is cached between builds ({@link org.warraq.search.TermCache}). The format and the
 * ranking are described in docs/search.md. This package knows nothing of pages or routes: it takes
 * {@link org.warraq.search.SearchDocument}s and {@link org.warraq.search.SearchResult}s and returns
 * {@link org.warraq.search.SearchFile}s.
 *
 * <p>Uses: {@code util}.
 */
package org.warraq.search;
