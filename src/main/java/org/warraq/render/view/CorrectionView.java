package org.warraq.render.view;

/**
 * A correction published with an article ({@code corrections:}).
 *
 * @param date when it was made
 * @param text what was corrected (plain text)
 */
public record CorrectionView(DateView date, String text) {
}
