/**
 * Images of {@code content/}: what a file is ({@code ImageProbe}: format, size as shown, EXIF orientation,
 * content hash, read from the file's structure without decoding it), and its variants ({@code Variants}:
 * decoded, turned upright, scaled down by area averaging and encoded again with fixed settings, so the same
 * file gives the same bytes on every build). {@code Imaging} is the one imaging setup of a build: the
 * widths, the pixel limit, the cache of facts ({@code .warraq/image-facts}) and the store of encoded
 * variants ({@code .warraq/images/}).
 *
 * <p>Uses: {@code util}.
 */
package org.warraq.media;
