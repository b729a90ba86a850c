package org.warraq.testing;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/** Small synthetic sites for tests that need many articles. */
public final class Corpus {
    private static final List<String> TAGS = List.of("سياسة", "اقتصاد", "رياضة", "ثقافة", "المغرب", "مصر", "لبنان", "تونس");
    private static final List<String> CITIES = List.of("الرباط", "القاهرة", "بيروت", "تونس", "الدوحة");

    private Corpus() {
    }

    /** Writes site.yaml and {@code n} articles; {@code edition} changes every title (so every page changes). */
    public static void write(Path root, int n, String edition) {
        TestSites.write(root, "site.yaml", """
                title: موقع تجريبي
                base_url: https://example.org/
                language: ar
                timezone: Asia/Beirut
                date_style: levant
                page_size: 10
                sources:
                  wire:
                    name: وكالة الأنباء
                    notice: جميع الحقوق محفوظة للوكالة.
                """);
        OffsetDateTime start = OffsetDateTime.parse("2022-01-01T08:00:00+02:00");
        for (int i = 0; i < n; i++) {
            article(root, i, start.plusHours(7L * i), edition);
        }
    }

    public static void article(Path root, int i, OffsetDateTime date, String edition) {
        String tags = TAGS.get(i % TAGS.size()) + ", " + TAGS.get((i * 7 + 3) % TAGS.size());
        TestSites.write(root, String.format("content/%d/%05d.md", date.getYear(), i), """
                ---
                title: خبر %s رقم %d من %s
                date: %s
                dateline: %s
                source: wire
                tags: [%s]
                ---
                فقرة أولى للخبر رقم %d، فيها **تفاصيل** و[رابط](https://example.net/%d).

                - نقطة أولى
                - نقطة ثانية

                فقرة ثانية أطول قليلا تصف ما جرى في %s بالتفصيل.
                """.formatted(edition, i, CITIES.get(i % CITIES.size()), date, CITIES.get(i % CITIES.size()), tags, i, i,
                CITIES.get(i % CITIES.size())));
    }
}
