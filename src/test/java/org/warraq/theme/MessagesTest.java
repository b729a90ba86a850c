package org.warraq.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.diag.Problem;
import org.warraq.diag.Problems;
import org.warraq.testing.TestSites;

class MessagesTest {
    @TempDir
    Path templates;

    private final Problems problems = new Problems();

    private Messages load(String language, String digits) {
        return Messages.load(new Theme(templates), language, digits, problems);
    }

    @Test
    void countsMinutesWithArabicPluralRulesInTheSitesDigitsWithoutGrouping() {
        Messages latin = load("ar", "latn");
        assertThat(latin.format("reading_time", "minutes", 1L)).isEqualTo("دقيقة واحدة");
        assertThat(latin.format("reading_time", "minutes", 2L)).isEqualTo("دقيقتان");
        assertThat(latin.format("reading_time", "minutes", 3L)).isEqualTo("3 دقائق");
        assertThat(latin.format("reading_time", "minutes", 11L)).isEqualTo("11 دقيقة");
        assertThat(latin.format("reading_time", "minutes", 103L)).isEqualTo("103 دقائق");
        assertThat(latin.format("reading_time", "minutes", 1234L)).isEqualTo("1234 دقيقة");
        assertThat(load("ar", "arab").format("reading_time", "minutes", 10L)).isEqualTo("١٠ دقائق");
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void pluralFormsForTheSearchScriptComeInCldrOrderWithThePlaceForTheNumber() {
        var forms = load("ar", "latn").pluralForms("search_count", "count", "n");
        assertThat(forms.keySet()).containsExactly("zero", "one", "two", "few", "many", "other");
        assertThat(forms.get("two")).isEqualTo("نتيجتان.");
        assertThat(forms.get("few")).isEqualTo("{n} نتائج.");
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void aSitesOwnFileOverridesKeysOfTheDefaultThemeByLanguageWithFallback() {
        TestSites.write(templates, "messages/ar.yaml", "home: البداية\n");
        TestSites.write(templates, "messages/ar-MA.yaml", "archive: الأرشيف المغربي\n");
        Messages moroccan = load("ar-MA", "latn");
        assertThat(moroccan.text("home")).isEqualTo("البداية");
        assertThat(moroccan.text("archive")).isEqualTo("الأرشيف المغربي");
        assertThat(moroccan.text("tags")).isEqualTo("الوسوم");
        assertThat(moroccan.words()).containsEntry("home", "البداية").doesNotContainKey("title");
        assertThat(load("ar", "latn").text("archive")).isEqualTo("الأرشيف");
        assertThat(load("fr", "latn").text("home")).isEqualTo("البداية");
    }

    @Test
    void aBrokenMessageIsReportedAtItsPosition() {
        TestSites.write(templates, "messages/ar.yaml", "home: البداية\ntitle: \"{page – {site}\"\nlist: [a, b]\n");
        load("ar", "latn");
        assertThat(problems.sorted()).extracting(Problem::format).satisfiesExactly(
                p -> assertThat(p).startsWith("templates/messages/ar.yaml:2:8: error: message 'title' is not a valid message"),
                p -> assertThat(p).startsWith("templates/messages/ar.yaml:3:7: error: message 'list' must be a text, not a list"));
    }
}
