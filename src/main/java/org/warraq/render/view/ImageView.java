package org.warraq.render.view;

/**
 * An image.
 *
 * @param src     href of the image
 * @param alt     text alternative
 * @param caption caption, or null
 * @param credit  credit, or null
 */
public record ImageView(String src, String alt, String caption, String credit) {
}
