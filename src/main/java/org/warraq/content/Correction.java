package org.warraq.content;

import java.time.OffsetDateTime;

/**
 * A correction published with an article ({@code corrections:} in its front matter).
 *
 * @param date when it was made; the article's {@code updated} is the newest correction when that is later
 * @param text what was corrected, one line of plain text
 */
public record Correction(OffsetDateTime date, String text) {
}
