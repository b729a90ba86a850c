package org.warraq.index;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A year, month or day of the archive, in the site's time zone.
 *
 * @param kind  year, month or day
 * @param start its first day
 */
public record Period(Kind kind, LocalDate start) {
    /** The three depths of the date archive. */
    public enum Kind { YEAR, MONTH, DAY }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1));
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1));
    }

    public static Period day(LocalDate day) {
        return new Period(Kind.DAY, day);
    }

    public int year() {
        return start.getYear();
    }

    public YearMonth month() {
        return YearMonth.from(start);
    }
}
