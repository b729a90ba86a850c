package org.warraq.render.view;

/**
 * A moment, for people and for machines, in the edition's language, digits and the site's time zone.
 *
 * @param iso         ISO 8601 with offset, for {@code <time datetime>}
 * @param text        the date, e.g. "26 فبراير 2024", "26 février 2024", "February 26, 2024"
 * @param weekday     the day's name, e.g. "الاثنين", "lundi"
 * @param withWeekday the date with the day's name in the language's order, e.g. "الاثنين 26 فبراير 2024",
 *                    "lundi 26 février 2024", "Monday, February 26, 2024"
 * @param time        the time of day in the site's time zone, e.g. "14:30", "2:30 PM"
 * @param zone        what the time's zone is: {@code time_zone_label} ("بتوقيت الرباط"), else the offset from UTC
 *                    as the message {@code utc_offset} writes it ("بتوقيت غرينتش+1", "UTC+1")
 * @param hijri       the Hijri date, e.g. "16 شعبان 1445 هـ", or null when the site does not show it
 */
public record DateView(String iso, String text, String weekday, String withWeekday, String time, String zone,
                       String hijri) {
}
