package org.warraq.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.diag.Problem;
import org.warraq.diag.Problems;
import org.warraq.testing.TestSites;
import org.warraq.yaml.YamlMap;
import org.warraq.yaml.YamlReader;
import org.warraq.yaml.YamlScalar;

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
        assertThat(load("fr", "latn").text("home")).as("the default theme's French beats a site's Arabic").isEqualTo("Accueil");
        assertThat(load("de", "latn").text("archive")).as("a language without a file falls back to Arabic").isEqualTo("الأرشيف");
    }

    @Test
    void englishAndFrenchCountWithTheirOwnPluralRules() {
        Messages english = load("en", "latn");
        assertThat(english.format("reading_time", "minutes", 1L)).isEqualTo("1 minute");
        assertThat(english.format("reading_time", "minutes", 2L)).isEqualTo("2 minutes");
        Messages french = load("fr", "latn");
        assertThat(french.format("reading_time", "minutes", 0L)).as("0 is singular in French").isEqualTo("0 minute");
        assertThat(french.format("reading_time", "minutes", 1L)).isEqualTo("1 minute");
        assertThat(french.format("reading_time", "minutes", 1_000_000L)).isEqualTo("1000000 minutes");
        assertThat(french.format("page_of", "number", "2", "total", "5")).isEqualTo("Page 2 sur 5");
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void theDefaultThemesLanguagesHaveTheSameKeysWithTheSameValues() {
        Theme theme = new Theme(templates);
        Map<String, Map<String, Set<String>>> byLanguage = new TreeMap<>();
        for (String language : List.of("ar", "en", "fr")) {
            String file = Messages.FOLDER + "/" + language + ".yaml";
            String text = new String(theme.readDefault(file).orElseThrow(), StandardCharsets.UTF_8);
            YamlMap map = (YamlMap) new YamlReader(1 << 20).read(text, file, 0, problems).orElseThrow();
            Map<String, Set<String>> arguments = new TreeMap<>();
            for (YamlMap.Entry entry : map.entries()) {
                arguments.put(entry.key(), argumentNames(((YamlScalar) entry.value()).text()));
            }
            byLanguage.put(language, arguments);
        }
        assertThat(byLanguage.get("ar")).hasSizeGreaterThan(40);
        assertThat(byLanguage.get("en")).isEqualTo(byLanguage.get("ar"));
        assertThat(byLanguage.get("fr")).isEqualTo(byLanguage.get("ar"));
        assertThat(problems.list()).isEmpty();
    }

    private static Set<String> argumentNames(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            if (parsed.getPart(i).getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(parsed.getPart(i)));
            }
        }
        return names;
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
