package org.warraq.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms of a build, each with a number (in the order first seen: numbers are not part of any output, which
 * is sorted by term), and each word's term numbers, so that a word that recurs is analysed once. Safe for
 * many threads.
 */
final class Dictionary {
    /** Stems are stored with this character first (words never start with it). */
    static final String STEM = "~";
    private static final int MAX_WORDS = 200_000;
    private static final int[] NONE = new int[0];

    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final Map<String, int[]> words = new ConcurrentHashMap<>();

    /** The number of {@code term}, given when first seen. */
    int id(String term) {
        Integer id = ids.get(term);
        return id != null ? id : ids.computeIfAbsent(term, t -> {
            synchronized (terms) {
                terms.add(t);
                return terms.size() - 1;
            }
        });
    }

    String term(int id) {
        synchronized (terms) {
            return terms.get(id);
        }
    }

    /** Every term, by number. */
    List<String> terms() {
        synchronized (terms) {
            return List.copyOf(terms);
        }
    }

    int size() {
        synchronized (terms) {
            return terms.size();
        }
    }

    /** The term numbers of one word of {@link Analysis#words}: its exact form and its stems (none: not indexed). */
    int[] of(String word) {
        int[] known = words.get(word);
        if (known != null) {
            return known;
        }
        Analysis.Terms terms = Analysis.terms(word);
        int[] out = NONE;
        if (terms != null) {
            out = new int[1 + terms.stems().size()];
            out[0] = id(terms.exact());
            for (int i = 0; i < terms.stems().size(); i++) {
                out[i + 1] = id(STEM + terms.stems().get(i));
            }
        }
        if (words.size() < MAX_WORDS) {
            words.put(word, out);
        }
        return out;
    }
}
