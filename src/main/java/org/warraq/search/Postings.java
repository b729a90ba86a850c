package org.warraq.search;

/**
 * The postings of one term, as text: for each document (in ascending id order) one value
 * {@code (id - previous id) * 32 + flags}, written in base 64 (A-Z a-z 0-9 - _), five bits a character,
 * low bits first, a character with 32 added when more follow. The previous id starts at -1, or, in a part
 * of a long list ({@link Parts}), at the part's first id - 1. Flags: 16 the word is in the headline, 8 in the
 * summary, tags, section, authors or dateline, 0-7 how often it is in the body (7: seven times or more).
 */
final class Postings {
    static final int TITLE = 16;
    static final int META = 8;
    static final int MAX_COUNT = 7;
    private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Postings() {
    }

    /** The value of a document {@code gap} ids after the previous one, with {@code flags}. */
    static long value(int gap, int flags) {
        return (long) gap * 32 + flags;
    }

    /** How many characters {@code value} takes. */
    static int length(long value) {
        int n = 1;
        while ((value >>>= 5) != 0) {
            n++;
        }
        return n;
    }

    /** Writes {@code value} at {@code out[at]}; returns where the next value goes. */
    static int put(byte[] out, int at, long value) {
        do {
            int digit = (int) (value & 31);
            value >>>= 5;
            out[at++] = ALPHABET[value == 0 ? digit : digit | 32];
        } while (value != 0);
        return at;
    }
}
