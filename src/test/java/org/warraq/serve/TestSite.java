package org.warraq.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** A small Arabic news site for the preview's tests. */
final class TestSite {
    static final String SITE_YAML = """
            title: موقع الاختبار
            description: موقع صغير لاختبار المعاينة
            base_url: https://example.org/
            language: ar
            timezone: Asia/Riyadh
            page_size: 10
            sources:
              agency:
                name: وكالة الاختبار
                short: الاختبار
                url: https://agency.example/
            """;

    /** content/2024/03/book-fair.md, at /2024/03/01/rabat-book-fair/. */
    static final String FAIR = "content/2024/03/book-fair.md";
    static final String FAIR_URL = "/2024/03/01/rabat-book-fair/";
    static final String FAIR_TITLE = "افتتاح معرض الكتاب في الرباط";
    /** content/2024/03/rain.md, with an Arabic slug. */
    static final String RAIN = "content/2024/03/rain.md";
    static final String RAIN_TITLE = "أمطار غزيرة في الشمال";
    static final String RAIN_SLUG = "أمطار-غزيرة-في-الشمال";
    static final String RAIN_PATH = "/2024/03/02/" + RAIN_SLUG + "/";
    /** A draft. */
    static final String DRAFT = "content/2024/04/draft.md";
    static final String DRAFT_URL = "/2024/04/10/draft-story/";

    /** The smallest PNG: one transparent pixel. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private TestSite() {
    }

    static void write(Path root) {
        write(root, "site.yaml", SITE_YAML);
        write(root, FAIR, fair(FAIR_TITLE, "افتُتح صباح اليوم المعرض الدولي للنشر والكتاب."));
        write(root, RAIN, """
                ---
                title: %s
                date: 2024-03-02T09:00:00+03:00
                source: agency
                tags: [طقس, المغرب]
                ---
                تساقطت أمطار غزيرة على مدن الشمال.
                """.formatted(RAIN_TITLE));
        write(root, "content/2024/04/economy.md", """
                ---
                title: تقرير عن الاقتصاد الرقمي
                date: 2024-04-05T12:00:00+03:00
                slug: digital-economy
                source: agency
                tags: [اقتصاد]
                image: { src: chart.png, alt: رسم بياني للنمو }
                ---
                نما الاقتصاد الرقمي بنسبة كبيرة.
                """);
        write(root, DRAFT, """
                ---
                title: مسودة لم تنشر
                date: 2024-04-10T08:00:00+03:00
                slug: draft-story
                draft: true
                ---
                نص المسودة.
                """);
        write(root, "content/2024/04/chart.png", PNG);
        write(root, "content/2024/04/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n");
        write(root, "content/files/data.json", "{\"a\": 1}\n");
        for (String ext : new String[] {"jpg", "gif", "webp", "avif", "ico"}) {
            write(root, "content/files/picture." + ext, PNG);
        }
    }

    /** The front matter and body of the book-fair article, with a title of choice. */
    static String fair(String title, String body) {
        return """
                ---
                title: %s
                date: 2024-03-01T10:15:00+03:00
                slug: rabat-book-fair
                dateline: الرباط
                source: agency
                tags: [ثقافة, الكتاب]
                ---
                %s
                """.formatted(title, body);
    }

    static void write(Path root, String relative, String text) {
        write(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path root, String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
