package org.warraq.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @Test
    void keepsArabicAndJoinsWordsWithOneHyphen() {
        assertThat(Slugs.slugify("وزيرا داخلية المغرب وفرنسا يبحثان تعزيز التعاون الأمني"))
                .isEqualTo("وزيرا-داخلية-المغرب-وفرنسا-يبحثان-تعزيز-التعاون-الأمني");
    }

    @Test
    void removesTashkeelAndTatweel() {
        assertThat(Slugs.slugify("الهِجْرَةُ")).isEqualTo("الهجرة");
        assertThat(Slugs.slugify("الهجـــرة")).isEqualTo("الهجرة");
        assertThat(Slugs.slugify("قائلاً")).isEqualTo("قائلا");
        assertThat(Slugs.slugify("ربىٰ")).isEqualTo("ربى");
    }

    @Test
    void keepsHamzaFormsAndComposesDecomposedInput() {
        assertThat(Slugs.slugify("أإآؤئ")).isEqualTo("أإآؤئ");
        String decomposed = Normalizer.normalize("الأمن", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("الأمن");
        assertThat(Slugs.slugify(decomposed)).isEqualTo("الأمن");
    }

    @Test
    void foldsPresentationFormsToPlainLetters() {
        assertThat(Slugs.slugify("أﮐﺛر ﻣن ﻧﺻف")).isEqualTo("أکثر-من-نصف");
        assertThat(Slugs.slugify("ﻷ")).isEqualTo("لأ");
    }

    @Test
    void lowerCasesLatinAndKeepsDigitsOfBothKinds() {
        assertThat(Slugs.slugify("مؤتمر GITEX Africa 2024 في مراكش")).isEqualTo("مؤتمر-gitex-africa-2024-في-مراكش");
        assertThat(Slugs.slugify("٧ أسئلة عن “فورتنايت“")).isEqualTo("٧-أسئلة-عن-فورتنايت");
        assertThat(Slugs.slugify("Turkish İSTANBUL")).isEqualTo("turkish-istanbul");
    }

    @Test
    void dropsPunctuationEmojiAndInvisibleCharacters() {
        assertThat(Slugs.slugify("  «عاجل»: انفجار!! في   بيروت… 😎 ")).isEqualTo("عاجل-انفجار-في-بيروت");
        assertThat(Slugs.slugify("كلمة\u200Bأخرى\u00A0هنا\u200F")).isEqualTo("كلمة-أخرى-هنا");
        assertThat(Slugs.slugify("می\u200Cخواهم")).isEqualTo("میخواهم");
        assertThat(Slugs.slugify("الـ30 عاما")).isEqualTo("ال30-عاما");
    }

    @ParameterizedTest
    @CsvSource({"'!!!'", "'😎🌊'", "'... ،؛؟'", "''"})
    void punctuationOnlyGivesNothing(String title) {
        assertThat(Slugs.slugify(title)).isEmpty();
    }

    @Test
    void capsLengthAtAWordBoundary() {
        String title = "كلمة ".repeat(40);
        String slug = Slugs.slugify(title);
        assertThat(slug.codePointCount(0, slug.length())).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-").endsWith("كلمة");
        String longWord = "ب".repeat(200);
        assertThat(Slugs.slugify(longWord)).hasSize(Slugs.MAX_LENGTH);
    }

    @Test
    void capsBytesSoThatEverySlugIsAFileName() {
        String gothic = new String(Character.toChars(0x10330));
        String slug = Slugs.slugify(gothic.repeat(100));
        assertThat(slug).isEqualTo(gothic.repeat(50));
        assertThat(slug.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(Slugs.MAX_BYTES);
        String words = Slugs.slugify((gothic.repeat(30) + " ").repeat(3));
        assertThat(words).as("cut at a word").isEqualTo(gothic.repeat(30));
        assertThat(Slugs.slugify("ب".repeat(80))).as("Arabic slugs keep 80 letters").hasSize(80);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a/b|slug must not contain '/' or '\\'",
            "a\\b|slug must not contain '/' or '\\'",
            "..|slug must not contain '..'",
            "x..y|slug must not contain '..'",
            "C:evil|slug must not start with a drive letter",
            "!!!|slug has no letters or digits left after normalisation"})
    void refusesPathTricks(String slug, String reason) {
        assertThat(Slugs.refuse(slug)).contains(reason);
    }

    @Test
    void refusesControlCharactersAndAcceptsOrdinarySlugs() {
        assertThat(Slugs.refuse("a\u0007b")).contains("slug must not contain control character U+0007");
        assertThat(Slugs.refuse("morocco-france")).isEmpty();
        assertThat(Slugs.refuse("المغرب وفرنسا")).isEmpty();
    }
}
