package org.warraq.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warraq.diag.Position;
import org.warraq.diag.Problems;

/**
 * Front-matter dates: {@code 2024-02-26T14:30:00+01:00}, {@code 2024-02-26 14:30}, {@code 2024-02-26}
 * (midnight), with {@code Z}, an offset, or none (then the site's time zone applies). Anything else is
 * refused with a message that tells an unreadable date from one that does not exist, and so is a date that
 * leaves the years 0001–9999 (as written, in the site's time zone or in UTC). Offsets are whole minutes.
 */
final class Dates {
    private static final Pattern SHAPE = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");

    private Dates() {
    }

    /** The date {@code raw} (written at {@code at} of {@code path}), or a problem saying why it cannot be taken. */
    static Optional<OffsetDateTime> parse(String raw, ZoneId zone, String path, Position at, Problems problems) {
        String text = raw.strip();
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return refuse(problems, path, at, "cannot read date '" + text + "'",
                    "write it as 2024-02-26T14:30:00+01:00, 2024-02-26 14:30 or 2024-02-26");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return refuse(problems, path, at, impossible(text, year, month), month < 1 || month > 12
                    ? "the month comes second: YYYY-MM-DD" : "check the day");
        }
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(4) != null) {
            int hour = Integer.parseInt(m.group(4));
            int minute = Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            try {
                time = LocalTime.of(hour, minute, second, nanos);
            } catch (DateTimeException e) {
                return refuse(problems, path, at, "time in '" + text + "' does not exist",
                        "hours go 00–23, minutes and seconds 00–59");
            }
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        OffsetDateTime moment;
        if (m.group(8) == null) {
            moment = wholeMinutes(local.atZone(zone).toOffsetDateTime());
        } else {
            try {
                String offset = m.group(8);
                if (offset.length() == 5) {
                    offset = offset.substring(0, 3) + ":" + offset.substring(3);
                }
                moment = local.atOffset(ZoneOffset.of(offset));
            } catch (DateTimeException e) {
                return refuse(problems, path, at, "offset in '" + text + "' is not valid", "offsets go from -18:00 to +18:00");
            }
        }
        if (!writable(moment.getYear()) || !writable(moment.atZoneSameInstant(zone).getYear())
                || !writable(moment.withOffsetSameInstant(ZoneOffset.UTC).getYear())) {
            return refuse(problems, path, at, "date '" + text + "' is outside the years 0001 to 9999 in the site's time zone or in UTC",
                    "feeds and sitemaps write years with four digits");
        }
        return Optional.of(moment);
    }

    /**
     * The same instant with its offset in whole minutes, as RFC 3339 requires: only a zone's local mean time
     * (e.g. Africa/Casablanca's -00:30:20 before 1913) has seconds; it is rounded to the nearest minute and the
     * time shifted by those seconds, so the moment does not change.
     */
    static OffsetDateTime wholeMinutes(OffsetDateTime moment) {
        int seconds = moment.getOffset().getTotalSeconds();
        if (seconds % 60 == 0) {
            return moment;
        }
        return moment.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(Math.round(seconds / 60f) * 60));
    }

    private static boolean writable(int year) {
        return year >= 1 && year <= 9999;
    }

    private static Optional<OffsetDateTime> refuse(Problems problems, String path, Position at, String message,
                                                   String hint) {
        problems.error(path, at, message, hint);
        return Optional.empty();
    }

    private static String impossible(String text, int year, int month) {
        if (month < 1 || month > 12) {
            return "date '" + text + "' does not exist: there is no month " + month;
        }
        int length = java.time.YearMonth.of(year, month).lengthOfMonth();
        String name = java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return "date '" + text + "' does not exist: " + name + " " + year + " has " + length + " days";
    }
}
