package org.warraq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSites;

/** Printed times say their zone; the Hijri date follows local sighting; machines get full ISO times. */
class TimesAndCalendarsTest {
    private static final String STORY = """
            ---
            title: تراجع أسعار الخضر في أسواق الدار البيضاء
            date: 2024-03-16T16:20:00+02:00
            slug: prices
            ---
            نص الخبر.
            """;

    private static Document article(Path root, String settings) {
        return article(root, "Africa/Casablanca", "hijri: true\n" + settings);
    }

    private static Document article(Path root, String timezone, String settings) {
        TestSites.write(root, "site.yaml", "title: موقع\nbase_url: https://example.org/\ntimezone: " + timezone + "\n" + settings);
        TestSites.write(root, "content/prices.md", STORY);
        TestSites.build(root);
        return TestSites.page(root.resolve("site"), "2024/03/16/prices/index.html");
    }

    @Test
    void theMoroccanHijriDateIsOneDayBehindUmmAlQura(@TempDir Path root) {
        Document page = article(root, "hijri_offset: -1\n");
        assertThat(page.selectFirst(".hijri").text()).isEqualTo("(5 رمضان 1445 هـ)");
    }

    @Test
    void withoutAnOffsetTheHijriDateIsUmmAlQuras(@TempDir Path root) {
        assertThat(article(root, "").selectFirst(".hijri").text()).isEqualTo("(6 رمضان 1445 هـ)");
    }

    @Test
    void aPrintedTimeSaysItsZoneAndMachinesGetTheFullIsoTime(@TempDir Path root) {
        Document page = article(root, "digits: arabic\n");
        // 16:20+02:00 (Beirut) is 14:20 in Rabat, which was at UTC+0 during Ramadan 2024.
        assertThat(page.selectFirst(".published time").text()).endsWith("١٤:٢٠");
        assertThat(page.selectFirst(".published .zone").text()).isEqualTo("بتوقيت غرينتش");
        assertThat(page.selectFirst(".published time").attr("datetime")).isEqualTo("2024-03-16T16:20:00+02:00");
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).contains("\"datePublished\" : \"2024-03-16T16:20:00+02:00\"");
    }

    @Test
    void theOffsetIsWrittenInTheSitesDigitsAndIsolatedOnAnArabicPage(@TempDir Path root) {
        Document page = article(root, "Asia/Beirut", "digits: arabic\n");
        assertThat(page.selectFirst(".published .zone").text()).isEqualTo("بتوقيت غرينتش\u2066+٢\u2069");
    }

    @Test
    void aConfiguredLabelReplacesTheOffset(@TempDir Path root) {
        Document page = article(root, "time_zone_label: بتوقيت الرباط\n");
        assertThat(page.selectFirst(".published .zone").text()).isEqualTo("بتوقيت الرباط");
    }

    @Test
    void aHijriOffsetOutOfRangeIsReportedAtItsValue(@TempDir Path root) {
        TestSites.write(root, "site.yaml", "title: موقع\nbase_url: https://example.org/\nhijri_offset: 3\n");
        assertThat(TestSites.failures(root)).containsExactly("site.yaml:3:15: error: 'hijri_offset' must be between -2 and 2");
    }
}
