package org.warraq.search;

import java.util.List;

/**
 * Builds the static search index of one edition. Documents have ids 0 to count-1 in publication order
 * (oldest first), so that the newest document has the highest id and the browser can prefer fresh stories
 * without fetching dates. Each document is either taken from the {@link TermCache} by its key (the hash of
 * its article's file: nothing to render or analyse) or {@link #add added} with its body, from any thread;
 * {@link #files} then returns the term shards, the parts of long lists and {@code index.json}, and
 * {@link #excerpt} the beginning of each document's text, for its result file ({@link SearchResult}).
 *
 * <p>Between the two, only each document's terms are kept, compactly ({@link DocumentTerms}), so that
 * 100,000 articles index within the build's memory budget.
 */
public final class SearchIndexer {
    private final TermCache cache;
    private final Dictionary dictionary;
    private final byte[][] terms;
    private final String[] excerpts;

    /** An index of {@code count} documents, with what earlier builds made of them in {@code cache}. */
    public SearchIndexer(int count, TermCache cache) {
        this.cache = cache;
        this.dictionary = cache.dictionary();
        this.terms = new byte[count][];
        this.excerpts = new String[count];
    }

    /** Takes document {@code id} from the cache, if an earlier build analysed it under {@code key}. */
    public boolean fromCache(int id, String key) {
        TermCache.Entry entry = cache.get(key);
        if (entry == null) {
            return false;
        }
        terms[id] = entry.terms();
        excerpts[id] = entry.excerpt();
        return true;
    }

    /** Whether document {@code id} is known (taken from the cache or added). */
    public boolean has(int id) {
        return terms[id] != null;
    }

    /** Analyses document {@code id}, whose article has the key {@code key}, and keeps it in the cache. */
    public void add(int id, String key, SearchDocument doc) {
        DocumentTerms pairs = new DocumentTerms();
        pairs.add(dictionary, doc.title(), Postings.TITLE);
        pairs.add(dictionary, doc.meta(), Postings.META);
        String text = PlainText.of(doc.bodyHtml());
        pairs.add(dictionary, text, DocumentTerms.COUNT);
        TermCache.Entry entry = new TermCache.Entry(pairs.encode(), Excerpts.of(text, doc.summary()));
        terms[id] = entry.terms();
        excerpts[id] = entry.excerpt();
        cache.put(key, entry);
    }

    /** The beginning of document {@code id}'s text, for snippets ({@link Excerpts}); "" when unknown. */
    public String excerpt(int id) {
        return excerpts[id] == null ? "" : excerpts[id];
    }

    /**
     * The term shards, the parts of long lists and {@code index.json}; call once every document is known (a
     * document never added, because its article could not be read, matches nothing).
     */
    public List<SearchFile> files() {
        return Shards.files(new Inversion(dictionary, terms).terms(), terms.length);
    }
}
