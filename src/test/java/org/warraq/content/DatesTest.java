package org.warraq.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warraq.diag.Position;
import org.warraq.diag.Problem;
import org.warraq.diag.Problems;

/** Front-matter dates: offsets in whole minutes, years that feeds can write. */
class DatesTest {
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    private static Optional<OffsetDateTime> parse(String raw, ZoneId zone, Problems problems) {
        return Dates.parse(raw, zone, "content/x.md", new Position(3, 7), problems);
    }

    @Test
    void localMeanTimeIsRoundedToAMinuteKeepingTheMoment() {
        Problems problems = new Problems();
        OffsetDateTime date = parse("1900-01-01 10:00", CASABLANCA, problems).orElseThrow();
        assertThat(date.toString()).isEqualTo("1900-01-01T10:00:20-00:30");
        assertThat(date.toInstant()).isEqualTo(java.time.LocalDateTime.parse("1900-01-01T10:00").atZone(CASABLANCA).toInstant());
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aDateWhoseDayLeavesTheYears1To9999IsRefused() {
        for (String raw : new String[] {"9999-12-31T23:00:00-05:00", "0000-12-31", "0001-01-01T00:30:00+01:00"}) {
            Problems problems = new Problems();
            assertThat(parse(raw, ZoneId.of("UTC"), problems)).as(raw).isEmpty();
            assertThat(problems.list()).extracting(Problem::format).containsExactly("content/x.md:3:7: error: date '" + raw
                    + "' is outside the years 0001 to 9999 in the site's time zone or in UTC (feeds and sitemaps write years with four digits)");
        }
        assertThat(parse("9999-12-31T23:00:00+00:00", ZoneId.of("UTC"), new Problems())).isPresent();
    }
}
