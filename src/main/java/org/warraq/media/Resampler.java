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
        boolean alpha = source.alpha();
        byte[] src = source.data();
        char[] rows = new char[source.height() * width * c];
        int[] acc = new int[c];
        for (int y = 0; y < source.height(); y++) {
            int rowStart = y * source.width() * c;
            for (int x = 0; x < width; x++) {
                java.util.Arrays.fill(acc, 0);
                for (int t = across.start[x], k = across.offset[x]; k < across.offset[x + 1]; t++, k++) {
                    int p = rowStart + t * c;
                    int w = across.weight[k];
                    if (alpha) {
                        int a = src[p] & 0xFF;
                        acc[0] += a * w;
                        for (int ch = 1; ch < c; ch++) {
                            acc[ch] += ((src[p + ch] & 0xFF) * a + 127) / 255 * w;
                        }
                    } else {
                        for (int ch = 0; ch < c; ch++) {
                            acc[ch] += (src[p + ch] & 0xFF) * w;
                        }
                    }
                }
                int q = (y * width + x) * c;
                for (int ch = 0; ch < c; ch++) {
                    rows[q + ch] = (char) ((acc[ch] + (1 << (13 - EXTRA))) >> (14 - EXTRA));
                }
            }
        }
        byte[] out = new byte[width * height * c];
        long[] sums = new long[c];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                java.util.Arrays.fill(sums, 0);
                for (int t = down.start[y], k = down.offset[y]; k < down.offset[y + 1]; t++, k++) {
                    int p = (t * width + x) * c;
                    int w = down.weight[k];
                    for (int ch = 0; ch < c; ch++) {
                        sums[ch] += (long) rows[p + ch] * w;
                    }
                }
                int q = (y * width + x) * c;
                int shift = 14 + EXTRA;
                long half = 1L << (shift - 1);
                if (alpha) {
                    int a = (int) Math.min(255, (sums[0] + half) >> shift);
                    out[q] = (byte) a;
                    for (int ch = 1; ch < c; ch++) {
                        long premultiplied = (sums[ch] + half) >> shift;
                        out[q + ch] = (byte) (a == 0 ? 0 : Math.min(255, (premultiplied * 255 + a / 2) / a));
                    }
                } else {
                    for (int ch = 0; ch < c; ch++) {
                        out[q + ch] = (byte) Math.min(255, (sums[ch] + half) >> shift);
                    }
                }
            }
        }
        return new Pixels(out, width, height, c);
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
