package org.warraq.media;

/**
 * Decoded pixels, interleaved bytes in the order of a {@code BufferedImage} of type {@code TYPE_BYTE_GRAY}
 * (1 channel), {@code TYPE_3BYTE_BGR} (3) or {@code TYPE_4BYTE_ABGR} (4, alpha first, not premultiplied).
 *
 * @param data     {@code width * height * channels} bytes, row by row
 * @param width    width in pixels
 * @param height   height in pixels
 * @param channels 1, 3 or 4
 */
record Pixels(byte[] data, int width, int height, int channels) {
    boolean alpha() {
        return channels == 4;
    }

    /** The same pixels turned as an EXIF {@code orientation} (1 to 8) says, so they show upright. */
    Pixels oriented(int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return this;
        }
        boolean swap = orientation >= 5;
        int w = swap ? height : width;
        int h = swap ? width : height;
        byte[] out = new byte[data.length];
        int c = channels;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = width - 1 - x; sy = y; }
                    case 3 -> { sx = width - 1 - x; sy = height - 1 - y; }
                    case 4 -> { sx = x; sy = height - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = height - 1 - x; }
                    case 7 -> { sx = width - 1 - y; sy = height - 1 - x; }
                    default -> { sx = width - 1 - y; sy = x; }
                }
                System.arraycopy(data, (sy * width + sx) * c, out, (y * w + x) * c, c);
            }
        }
        return new Pixels(out, w, h, c);
    }
}
