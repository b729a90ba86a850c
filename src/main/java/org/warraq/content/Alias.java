package org.warraq.content;

import java.util.List;
import org.warraq.diag.Position;

/**
 * An old address of an article ({@code aliases:} in its front matter), where a redirect page to it is published.
 *
 * @param written  the alias as written, for messages
 * @param segments its path below the site's root, percent-decoded
 * @param page     true for a folder ({@code /old/slug/}, written as {@code index.html} in it), false for a file
 *                 ({@code old/path.html})
 * @param at       where it is written in the front matter
 */
public record Alias(String written, List<String> segments, boolean page, Position at) {
    public Alias {
        segments = List.copyOf(segments);
    }
}
