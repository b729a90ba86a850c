package org.warraq.render.view;

/**
 * An image: an article's lead image (on its page and as the thumbnail of its teasers), an author's photo. Every
 * image of a page is printed by {@code partials/picture.ftlh}.
 *
 * @param src     href of the file for {@code src}: for an image of {@code content/} that has smaller copies, the
 *                widest no wider than 1200 px; else the file itself (or its http(s) address)
 * @param srcset  its files with their widths ({@code "photo-480w-….jpg 480w, …"}) for {@code srcset}, or null when
 *                it has no smaller copies (GIF, WebP, SVG, images on other sites)
 * @param width   its width in pixels as shown (after EXIF orientation), for {@code width}; null when unknown
 * @param height  its height in pixels, for {@code height}; null when unknown
 * @param alt     text alternative
 * @param caption caption, or null
 * @param credit  credit, or null
 */
public record ImageView(String src, String srcset, Integer width, Integer height, String alt, String caption,
                        String credit) {
}
