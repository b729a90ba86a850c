package org.warraq.search;

/**
 * How a long postings list is cut, so that a query fetches only the parts that hold the documents it can
 * still match. A term in more than {@link #LONG} documents has its postings in parts by document id: part
 * {@code k} holds the ids from {@code k * range} to {@code (k + 1) * range - 1}, the range a power of two
 * chosen so that a part holds about {@link #POSTINGS} documents. Part boundaries are fixed ids, so a new
 * (newest) article changes only the last part of each of its terms.
 */
final class Parts {
    /** A term in more documents than this is cut into parts. */
    static final int LONG = 4096;
    /** About how many documents a part holds. */
    static final int POSTINGS = 2048;

    private Parts() {
    }

    /** The id range of a part of a term in {@code df} of {@code documents} documents; 0: not cut. */
    static int range(int df, int documents) {
        if (df <= LONG) {
            return 0;
        }
        long wanted = (long) POSTINGS * documents / df;
        int range = 1;
        while (range < wanted) {
            range <<= 1;
        }
        return range;
    }
}
