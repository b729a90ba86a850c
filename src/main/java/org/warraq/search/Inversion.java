package org.warraq.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * From each document's terms to each term's postings, in three passes over the documents (count, measure,
 * write) into one array, so that no object is made per term: the index of 100,000 articles is built within
 * the build's memory budget. Long lists are cut into {@link Parts}.
 */
final class Inversion {
    private final Dictionary dictionary;
    private final byte[][] documents;
    private final int terms;
    private final int[] df;
    private final int[] range;
    private final int[] previous;

    /** A term's postings: its shard entry, and for a long list its parts, each a JSON string. */
    record Term(Shards.Entry entry, List<byte[]> parts) {
    }

    Inversion(Dictionary dictionary, byte[][] documents) {
        this.dictionary = dictionary;
        this.documents = documents;
        this.terms = dictionary.size();
        this.df = new int[terms];
        this.range = new int[terms];
        this.previous = new int[terms];
    }

    /** Every term that some document has, in term order. */
    List<Term> terms() {
        each((id, term, flags) -> df[term]++);
        for (int t = 0; t < terms; t++) {
            range[t] = Parts.range(df[t], documents.length);
        }
        long[] end = new long[terms];
        each((id, term, flags) -> end[term] += Postings.length(Postings.value(id - start(term, id), flags)));
        long[] start = new long[terms + 1];
        for (int t = 0; t < terms; t++) {
            start[t + 1] = start[t] + end[t];
        }
        if (start[terms] > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("search index over 2 GB");
        }
        byte[] all = new byte[(int) start[terms]];
        int[] at = new int[terms];
        for (int t = 0; t < terms; t++) {
            at[t] = (int) start[t];
        }
        List<int[]> cuts = new ArrayList<>();
        each((id, term, flags) -> {
            int r = range[term];
            if (r > 0 && (previous[term] < 0 || previous[term] / r != id / r)) {
                cuts.add(new int[] {term, id / r, at[term]});
            }
            at[term] = Postings.put(all, at[term], Postings.value(id - start(term, id), flags));
        });
        cuts.sort(Comparator.comparingInt((int[] c) -> c[0]).thenComparingInt(c -> c[1]));
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < terms; t++) {
            if (df[t] > 0) {
                order.add(t);
            }
        }
        String[] names = dictionary.terms().toArray(String[]::new);
        order.sort(Comparator.comparing(t -> names[t]));
        List<Term> out = new ArrayList<>(order.size());
        int[] cutAt = firstCuts(cuts, terms);
        for (int t : order) {
            if (range[t] == 0) {
                out.add(new Term(new Shards.Entry(names[t], string(all, (int) start[t], (int) start[t + 1])), List.of()));
            } else {
                out.add(parts(names[t], t, all, cuts, cutAt[t], (int) start[t + 1]));
            }
        }
        return out;
    }

    /** The id the gap of {@code id} counts from: the term's previous id, or the start of a new part. */
    private int start(int term, int id) {
        int r = range[term];
        int from = previous[term];
        if (r > 0 && (from < 0 || from / r != id / r)) {
            from = id / r * r - 1;
        }
        previous[term] = id;
        return from;
    }

    /** A long list: the shard holds {@code [range, count of part 0, count of part 1, …]}; the parts are files. */
    private Term parts(String name, int term, byte[] all, List<int[]> cuts, int first, int end) {
        List<byte[]> parts = new ArrayList<>();
        StringBuilder directory = new StringBuilder().append('[').append(range[term]);
        int k = 0;
        for (int c = first; c < cuts.size() && cuts.get(c)[0] == term; c++) {
            int part = cuts.get(c)[1];
            int stop = c + 1 < cuts.size() && cuts.get(c + 1)[0] == term ? cuts.get(c + 1)[2] : end;
            for (; k < part; k++) {
                directory.append(",0");
                parts.add(null);
            }
            directory.append(',').append(count(all, cuts.get(c)[2], stop));
            parts.add(string(all, cuts.get(c)[2], stop));
            k++;
        }
        byte[] json = directory.append(']').toString().getBytes(StandardCharsets.US_ASCII);
        return new Term(new Shards.Entry(name, json), parts);
    }

    /** For each term, the index of its first cut in {@code cuts} (sorted by term). */
    private static int[] firstCuts(List<int[]> cuts, int terms) {
        int[] first = new int[terms];
        Arrays.fill(first, cuts.size());
        for (int c = cuts.size() - 1; c >= 0; c--) {
            first[cuts.get(c)[0]] = c;
        }
        return first;
    }

    /** How many values the postings text {@code all[from..to)} holds: the digits without the 32 bit. */
    private static int count(byte[] all, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            byte b = all[i];
            boolean more = b >= 'g' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '_';
            if (!more) {
                n++;
            }
        }
        return n;
    }

    private static byte[] string(byte[] all, int from, int to) {
        byte[] out = new byte[to - from + 2];
        out[0] = '"';
        System.arraycopy(all, from, out, 1, to - from);
        out[out.length - 1] = '"';
        return out;
    }

    @FunctionalInterface
    private interface Posting {
        void add(int id, int term, int flags);
    }

    /** Visits every term of every document, documents in id order; resets the previous ids first. */
    private void each(Posting posting) {
        Arrays.fill(previous, -1);
        for (int id = 0; id < documents.length; id++) {
            byte[] doc = documents[id];
            if (doc != null) {
                int d = id;
                DocumentTerms.forEach(doc, (term, flags) -> posting.add(d, term, flags));
            }
        }
    }
}
