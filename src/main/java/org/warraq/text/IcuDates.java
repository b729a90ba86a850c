package org.warraq.text;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.Optional;

/**
 * Dates in any language but Arabic, from ICU's CLDR data: the language's own order, month and weekday names
 * and clock ("26 février 2024", "February 26, 2024"; "14:30", "2:30 PM"), in the site's digits. The Hijri date
 * is the Umm al-Qura calendar's, in the language's names for its months ("5 ramadan 1445 AH").
 */
final class IcuDates implements DateFormat {
    private static final TimeZone UTC = TimeZone.GMT_ZONE;

    private final Digits digits;
    private final int hijriOffset;
    private final SimpleDateFormat date;
    private final SimpleDateFormat dateWithWeekday;
    private final SimpleDateFormat monthYear;
    private final SimpleDateFormat month;
    private final SimpleDateFormat weekday;
    private final SimpleDateFormat time;
    private final SimpleDateFormat hijri;

    IcuDates(String language, Digits digits, int hijriOffset) {
        this.digits = digits;
        this.hijriOffset = hijriOffset;
        ULocale locale = ULocale.forLanguageTag(language + "-u-nu-" + digits.cldr());
        DateTimePatternGenerator patterns = DateTimePatternGenerator.getInstance(locale);
        date = format(patterns.getBestPattern("yMMMMd"), locale, new GregorianCalendar(UTC, locale));
        dateWithWeekday = format(patterns.getBestPattern("yMMMMEEEEd"), locale, new GregorianCalendar(UTC, locale));
        monthYear = format(patterns.getBestPattern("yMMMM"), locale, new GregorianCalendar(UTC, locale));
        month = format("LLLL", locale, new GregorianCalendar(UTC, locale));
        weekday = format("EEEE", locale, new GregorianCalendar(UTC, locale));
        time = format(patterns.getBestPattern("jmm"), locale, new GregorianCalendar(UTC, locale));
        ULocale islamic = locale.setKeywordValue("calendar", "islamic-umalqura");
        IslamicCalendar calendar = new IslamicCalendar(UTC, islamic);
        calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        hijri = format(DateTimePatternGenerator.getInstance(islamic).getBestPattern("GyMMMMd"), islamic, calendar);
    }

    private static SimpleDateFormat format(String pattern, ULocale locale, Calendar calendar) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, locale);
        format.setCalendar(calendar);
        format.setTimeZone(UTC);
        return format;
    }

    private static Date at(LocalDate day, LocalTime time) {
        return new Date(day.atTime(time).toEpochSecond(java.time.ZoneOffset.UTC) * 1000);
    }

    private static String apply(SimpleDateFormat format, Date moment) {
        synchronized (format) {
            return format.format(moment);
        }
    }

    @Override
    public String date(LocalDate day) {
        return apply(date, at(day, LocalTime.NOON));
    }

    @Override
    public String dateWithWeekday(LocalDate day) {
        return apply(dateWithWeekday, at(day, LocalTime.NOON));
    }

    @Override
    public String monthYear(YearMonth m) {
        return apply(monthYear, at(m.atDay(1), LocalTime.NOON));
    }

    @Override
    public String month(int m) {
        return apply(month, at(LocalDate.of(2024, m, 1), LocalTime.NOON));
    }

    @Override
    public String weekday(DayOfWeek day) {
        return apply(weekday, at(LocalDate.of(2024, 1, day.getValue()), LocalTime.NOON));
    }

    @Override
    public String time(LocalTime t) {
        return apply(time, at(LocalDate.of(2024, 1, 1), t));
    }

    @Override
    public String number(long n) {
        return digits.number(n);
    }

    /** Empty outside the Umm al-Qura tables (1300–1600 AH), like {@link ArabicDates#hijri}. */
    @Override
    public Optional<String> hijri(LocalDate day) {
        LocalDate shifted = day.plusDays(hijriOffset);
        if (shifted.getYear() < 1883 || shifted.getYear() > 2173) {
            return Optional.empty();
        }
        return Optional.of(apply(hijri, at(shifted, LocalTime.NOON)));
    }
}
