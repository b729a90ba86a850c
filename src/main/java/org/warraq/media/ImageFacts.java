package org.warraq.media;

/**
 * What Warraq knows of an image file without decoding it.
 *
 * @param hash        SHA-256 of the file's bytes, hex: names its variants and keys their cache
 * @param format      the format its bytes are in (whatever its name says)
 * @param width       width in pixels as shown, after its EXIF orientation; 0 when unknown (an SVG without sizes)
 * @param height      height in pixels as shown; 0 when unknown
 * @param orientation EXIF orientation, 1 (upright) to 8
 */
public record ImageFacts(String hash, ImageFormat format, int width, int height, int orientation) {
    /** Whether width and height are known. */
    public boolean sized() {
        return width > 0 && height > 0;
    }

    /** Whether the stored pixels are turned a quarter (orientations 5 to 8): their width is the shown height. */
    public boolean transposed() {
        return orientation >= 5;
    }

    /** Width and height multiplied. */
    public long pixels() {
        return (long) width * height;
    }
}
