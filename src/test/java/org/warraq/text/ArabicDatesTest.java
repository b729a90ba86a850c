package org.warraq.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicDatesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 2, 26);

    @ParameterizedTest
    @CsvSource({
            "EGYPT, 26 فبراير 2024",
            "MAGHREB, 26 فبراير 2024",
            "LEVANT, 26 شباط 2024",
            "BOTH, 26 فبراير/ شباط 2024",
            "ALGERIA, 26 فيفري 2024"})
    void writesTheMonthInEachStyle(MonthStyle style, String expected) {
        assertThat(new ArabicDates(style, Digits.LATIN, 0).date(DAY)).isEqualTo(expected);
    }

    @Test
    void stylesDifferWhereTheTraditionsDiffer() {
        assertThat(MonthStyle.EGYPT.name(5)).isEqualTo("مايو");
        assertThat(MonthStyle.MAGHREB.name(5)).isEqualTo("ماي");
        assertThat(MonthStyle.MAGHREB.name(8)).isEqualTo("غشت");
        assertThat(MonthStyle.ALGERIA.name(7)).isEqualTo("جويلية");
        assertThat(MonthStyle.LEVANT.name(1)).isEqualTo("كانون الثاني");
        assertThat(MonthStyle.BOTH.name(1)).isEqualTo("يناير/ كانون الثاني");
        for (MonthStyle style : MonthStyle.values()) {
            for (int m = 1; m <= 12; m++) {
                assertThat(style.name(m)).isNotBlank();
            }
        }
    }

    @Test
    void writesArabicIndicDigitsWhenAsked() {
        ArabicDates dates = new ArabicDates(MonthStyle.LEVANT, Digits.ARABIC, 0);
        assertThat(dates.date(DAY)).isEqualTo("٢٦ شباط ٢٠٢٤");
        assertThat(dates.time(LocalTime.of(9, 5))).isEqualTo("٠٩:٠٥");
        assertThat(dates.monthYear(YearMonth.of(2024, 2))).isEqualTo("شباط ٢٠٢٤");
        assertThat(dates.number(1445)).isEqualTo("١٤٤٥");
    }

    @Test
    void namesTheWeekday() {
        ArabicDates dates = new ArabicDates(MonthStyle.EGYPT, Digits.LATIN, 0);
        assertThat(dates.dateWithWeekday(DAY)).isEqualTo("الاثنين 26 فبراير 2024");
        assertThat(dates.weekday(LocalDate.of(2024, 3, 1).getDayOfWeek())).isEqualTo("الجمعة");
    }

    @Test
    void givesTheUmmAlQuraHijriDate() {
        ArabicDates latin = new ArabicDates(MonthStyle.EGYPT, Digits.LATIN, 0);
        assertThat(latin.hijri(DAY)).contains("16 شعبان 1445 هـ");
        assertThat(latin.hijri(LocalDate.of(2024, 3, 11))).contains("1 رمضان 1445 هـ");
        assertThat(new ArabicDates(MonthStyle.EGYPT, Digits.ARABIC, 0).hijri(DAY)).contains("١٦ شعبان ١٤٤٥ هـ");
    }

    @Test
    void hasNoHijriDateOutsideTheCalendarsRange() {
        assertThat(new ArabicDates(MonthStyle.EGYPT, Digits.LATIN, 0).hijri(LocalDate.of(1800, 1, 1))).isEmpty();
    }
}
