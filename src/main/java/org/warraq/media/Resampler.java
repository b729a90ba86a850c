package org.warraq.media;

/**
 * Scales pixels down by area averaging: each new pixel is the mean of the source area it covers, each
 * source pixel weighted by how much of it lies inside (a box filter, exact for any ratio), in two passes
 * (rows, then columns). Integer arithmetic with fixed weights: the same pixels give the same bytes on any
 * machine and thread count. Colour is averaged premultiplied by alpha, so transparent pixels lend no
 * colour to the edges of opaque ones.
 */
final class Resampler {
    private static final int ONE = 1 << 14;
    /** The first pass keeps 6 more bits than a byte, so rounding happens once. */
    private static final int EXTRA = 6;

    private Resampler() {
    }

    /** {@code source} scaled to {@code width} × {@code height} (no larger than it is). */
    static Pixels resize(Pixels source, int width, int height) {
        if (width == source.width() && height == source.height()) {
            return source;
        }
        if (width > source.width() || height > source.height() || width < 1 || height < 1) {
            throw new IllegalArgumentException("only scales down: " + source.width() + "x" + source.height()
                    + " to " + width + "x" + height);
        }
        Weights across = new Weights(source.width(), width);
        Weights down = new Weights(source.height(), height);
        int c = source.channels();
        byte[] src = source.alpha() ? premultiplied(source.data()) : source.data();
        int sw = source.width();
        char[] rows = new char[source.height() * width * c];
        int round = 1 << (13 - EXTRA);
        for (int y = 0; y < source.height(); y++) {
            int rowStart = y * sw * c;
            int q = y * width * c;
            for (int x = 0; x < width; x++) {
                int first = rowStart + across.start[x] * c;
                int from = across.offset[x];
                int to = across.offset[x + 1];
                for (int ch = 0; ch < c; ch++) {
                    int acc = 0;
                    for (int k = from, p = first + ch; k < to; k++, p += c) {
                        acc += (src[p] & 0xFF) * across.weight[k];
                    }
                    rows[q++] = (char) ((acc + round) >> (14 - EXTRA));
                }
            }
        }
        byte[] out = new byte[width * height * c];
        int line = width * c;
        int[] acc = new int[line];
        int shift = 14 + EXTRA;
        int half = 1 << (shift - 1);
        for (int y = 0; y < height; y++) {
            java.util.Arrays.fill(acc, 0);
            for (int k = down.offset[y], t = down.start[y]; k < down.offset[y + 1]; k++, t++) {
                int w = down.weight[k];
                int base = t * line;
                for (int i = 0; i < line; i++) {
                    acc[i] += rows[base + i] * w;
                }
            }
            int q = y * line;
            for (int i = 0; i < line; i++) {
                out[q + i] = (byte) Math.min(255, (acc[i] + half) >>> shift);
            }
        }
        if (source.alpha()) {
            unpremultiply(out);
        }
        return new Pixels(out, width, height, c);
    }

    /** ABGR bytes with each colour multiplied by its alpha. */
    private static byte[] premultiplied(byte[] abgr) {
        byte[] out = new byte[abgr.length];
        for (int i = 0; i < abgr.length; i += 4) {
            int a = abgr[i] & 0xFF;
            out[i] = abgr[i];
            for (int ch = 1; ch < 4; ch++) {
                out[i + ch] = (byte) (((abgr[i + ch] & 0xFF) * a + 127) / 255);
            }
        }
        return out;
    }

    private static void unpremultiply(byte[] abgr) {
        for (int i = 0; i < abgr.length; i += 4) {
            int a = abgr[i] & 0xFF;
            for (int ch = 1; ch < 4; ch++) {
                abgr[i + ch] = (byte) (a == 0 ? 0 : Math.min(255, ((abgr[i + ch] & 0xFF) * 255 + a / 2) / a));
            }
        }
    }

    /**
     * For each of {@code to} new pixels along one axis, the source pixels it covers ({@code start}, then one
     * weight each from {@code offset[i]} to {@code offset[i + 1]}), weights in units of {@code 1/ONE} that add
     * up to exactly {@code ONE}.
     */
    private static final class Weights {
        final int[] start;
        final int[] offset;
        final int[] weight;

        Weights(int from, int to) {
            start = new int[to];
            offset = new int[to + 1];
            int[] all = new int[to * (from / to + 2)];
            int n = 0;
            for (int i = 0; i < to; i++) {
                // The new pixel covers [i * from / to, (i + 1) * from / to) in source pixels: exact in units of 1/to.
                long lo = (long) i * from;
                long hi = (long) (i + 1) * from;
                int first = (int) (lo / to);
                int last = (int) ((hi - 1) / to);
                start[i] = first;
                offset[i] = n;
                int used = 0;
                int biggest = n;
                for (int s = first; s <= last; s++) {
                    long covered = Math.min(hi, (long) (s + 1) * to) - Math.max(lo, (long) s * to);
                    int w = (int) (covered * ONE / from);
                    all[n] = w;
                    used += w;
                    if (w > all[biggest]) {
                        biggest = n;
                    }
                    n++;
                }
                all[biggest] += ONE - used;
            }
            offset[to] = n;
            weight = java.util.Arrays.copyOf(all, n);
        }
    }
}
