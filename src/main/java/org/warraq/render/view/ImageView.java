package org.warraq.render.view;

/**
 * An image: an article's lead image (on its page and as the thumbnail of its teasers), an author's photo. Every
 * image of a page is printed by {@code partials/picture.ftlh}.
 *
 * @param src     href of the image
 * @param alt     text alternative
 * @param caption caption, or null
 * @param credit  credit, or null
 * @param width   its width in pixels, or null when not known
 * @param height  its height in pixels, or null when not known
 */
public record ImageView(String src, String alt, String caption, String credit, Integer width, Integer height) {
}
