package org.warraq.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;

/**
 * How pages write dates, times and counts for readers (machine-readable dates are always ISO). Views call
 * only this; {@link #of} chooses the formats of the site's language: Arabic in the site's month style and
 * digits ({@link ArabicDates}), any other language from ICU's CLDR data ({@link IcuDates}: French, English…).
 */
public interface DateFormat {
    /** "26 فبراير 2024". */
    String date(LocalDate date);

    /** "الاثنين 26 فبراير 2024". */
    String dateWithWeekday(LocalDate date);

    /** "فبراير 2024". */
    String monthYear(YearMonth month);

    /** "فبراير" (month 1–12). */
    String month(int month);

    /** "الاثنين". */
    String weekday(DayOfWeek day);

    /** "14:30". */
    String time(LocalTime time);

    /** A number in the site's digits, without grouping. */
    String number(long n);

    /** The Hijri date (shifted by the site's {@code hijri_offset}), or empty outside the calendar's range. */
    Optional<String> hijri(LocalDate date);

    /**
     * The formats for a site's language, month style (Arabic only) and digits; {@code hijriOffset} days are
     * added to a date before it is converted to the Hijri calendar (−2…+2, for countries that follow local
     * sighting of the moon).
     */
    static DateFormat of(String language, MonthStyle months, Digits digits, int hijriOffset) {
        if (language.equals("ar") || language.startsWith("ar-")) {
            return new ArabicDates(months, digits, hijriOffset);
        }
        return new IcuDates(language, digits, hijriOffset);
    }
}
