package org.warraq.render.view;

/**
 * A moment, for people and for machines.
 *
 * @param iso     ISO 8601 with offset, for {@code <time datetime>}
 * @param text    the date in Arabic in the site's style and digits, e.g. "26 فبراير 2024"
 * @param weekday the day's name, e.g. "الاثنين"
 * @param time    the time of day in the site's time zone and digits, e.g. "14:30"
 * @param hijri   the Hijri date, e.g. "16 شعبان 1445 هـ", or null when the site does not show it
 */
public record DateView(String iso, String text, String weekday, String time, String hijri) {
}
