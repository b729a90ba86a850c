/**
 * Text rules for readers: slugs, cleaning of one-line values, summaries, digits, and dates ({@code
 * DateFormat}: today Arabic month-name styles, weekdays and the Hijri date).
 *
 * <p>Uses: no other Warraq package.
 */
package org.warraq.text;
