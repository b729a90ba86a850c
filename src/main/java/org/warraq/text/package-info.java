/**
 * Text rules for readers: slugs, cleaning of one-line values, bidi controls, summaries, digits, and dates
 * ({@code DateFormat}: Arabic month-name styles, weekdays and the Hijri date; other languages from ICU's CLDR
 * data).
 *
 * <p>Uses: no other Warraq package.
 */
package org.warraq.text;
