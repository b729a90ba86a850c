package org.warraq.content;

import java.util.Optional;

/**
 * An article's lead image.
 *
 * @param src     an absolute http(s) URL, or a path relative to {@code content/} (resolved from the
 *                article's folder when written relative)
 * @param local   whether {@code src} is a file under {@code content/}
 * @param alt     text alternative, required
 * @param caption caption under the image
 * @param credit  photographer or agency credit
 */
public record Image(String src, boolean local, String alt, Optional<String> caption, Optional<String> credit) {
}
