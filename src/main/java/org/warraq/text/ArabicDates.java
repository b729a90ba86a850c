package org.warraq.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;

/**
 * Dates as Arabic readers expect them: "الاثنين 26 فبراير 2024", in the site's month-name style and
 * digits, with an optional Hijri (Umm al-Qura) date "16 شعبان 1445 هـ".
 *
 * @param months      month-name style
 * @param digits      digit style
 * @param hijriOffset days added before the Hijri conversion (Morocco: usually −1 from Umm al-Qura)
 */
record ArabicDates(MonthStyle months, Digits digits, int hijriOffset) implements DateFormat {

    private static final List<String> WEEKDAYS = List.of(
            "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد");

    private static final List<String> HIJRI_MONTHS = List.of(
            "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
            "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة");

    /** "26 فبراير 2024". */
    @Override
    public String date(LocalDate date) {
        return digits.number(date.getDayOfMonth()) + " " + months.name(date.getMonthValue()) + " "
                + digits.number(date.getYear());
    }

    /** "الاثنين 26 فبراير 2024". */
    @Override
    public String dateWithWeekday(LocalDate date) {
        return weekday(date.getDayOfWeek()) + " " + date(date);
    }

    /** "فبراير 2024". */
    @Override
    public String monthYear(YearMonth month) {
        return months.name(month.getMonthValue()) + " " + digits.number(month.getYear());
    }

    /** "فبراير". */
    @Override
    public String month(int month) {
        return months.name(month);
    }

    /** "14:30". */
    @Override
    public String time(LocalTime time) {
        int h = time.getHour();
        int m = time.getMinute();
        return digits.apply((h < 10 ? "0" : "") + h + (m < 10 ? ":0" : ":") + m);
    }

    @Override
    public String weekday(DayOfWeek day) {
        return WEEKDAYS.get(day.getValue() - 1);
    }

    @Override
    public String number(long n) {
        return digits.number(n);
    }

    /** "16 شعبان 1445 هـ", or empty outside the Umm al-Qura calendar's range (1882–2174 CE). */
    @Override
    public Optional<String> hijri(LocalDate date) {
        try {
            HijrahDate h = HijrahDate.from(date.plusDays(hijriOffset));
            int day = h.get(ChronoField.DAY_OF_MONTH);
            int month = h.get(ChronoField.MONTH_OF_YEAR);
            int year = h.get(ChronoField.YEAR_OF_ERA);
            return Optional.of(digits.number(day) + " " + HIJRI_MONTHS.get(month - 1) + " " + digits.number(year) + " هـ");
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
