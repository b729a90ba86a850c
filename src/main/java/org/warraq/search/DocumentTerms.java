package org.warraq.search;

import java.util.Arrays;

/**
 * The terms of one document with their flags ({@link Postings}), as a compact byte string: for each term its
 * number in the {@link Dictionary} and its flags, as variable-length numbers (seven bits a byte). This is what
 * the index keeps of a document between analysing it and writing the postings, and what {@link TermCache}
 * keeps between builds.
 */
final class DocumentTerms {
    /** The flag "bit" of a body occurrence: counted, not or-ed. */
    static final int COUNT = 1;

    private long[] pairs = new long[512];
    private int size;

    /** Adds each term of each word of {@code text} with {@code bit}: a flag, or {@link #COUNT}. */
    void add(Dictionary dictionary, String text, int bit) {
        for (String word : Analysis.words(text)) {
            for (int term : dictionary.of(word)) {
                if (size == pairs.length) {
                    pairs = Arrays.copyOf(pairs, size * 2);
                }
                pairs[size++] = (long) term << 5 | bit;
            }
        }
    }

    /** The terms, each once, with its flags or-ed and its body count (up to {@link Postings#MAX_COUNT}). */
    byte[] encode() {
        Arrays.sort(pairs, 0, size);
        byte[] out = new byte[size * 5 + 8];
        int at = 0;
        int i = 0;
        while (i < size) {
            long term = pairs[i] >>> 5;
            int flags = 0;
            for (; i < size && pairs[i] >>> 5 == term; i++) {
                int bit = (int) (pairs[i] & 31);
                if (bit != COUNT) {
                    flags |= bit;
                } else if ((flags & Postings.MAX_COUNT) < Postings.MAX_COUNT) {
                    flags++;
                }
            }
            at = put(out, at, term);
            out[at++] = (byte) flags;
        }
        return Arrays.copyOf(out, at);
    }

    private static int put(byte[] out, int at, long value) {
        while (value >= 0x80) {
            out[at++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        out[at++] = (byte) value;
        return at;
    }

    /** {@code encoded} with each term {@code t} numbered {@code numbers[t]}. */
    static byte[] renumber(byte[] encoded, int[] numbers) {
        byte[] out = new byte[encoded.length + 8];
        int[] at = {0};
        forEach(encoded, (term, flags) -> {
            at[0] = put(out, at[0], numbers[term]);
            out[at[0]++] = (byte) flags;
        });
        return Arrays.copyOf(out, at[0]);
    }

    /** What {@link #forEach} hands each term of an encoded document. */
    @FunctionalInterface
    interface Visitor {
        void term(int term, int flags);
    }

    /** Visits each term of an encoded document, in the order they were encoded. */
    static void forEach(byte[] encoded, Visitor visitor) {
        int i = 0;
        while (i < encoded.length) {
            int term = 0;
            int shift = 0;
            byte b;
            do {
                b = encoded[i++];
                term |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            visitor.term(term, encoded[i++]);
        }
    }
}
