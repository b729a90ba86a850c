package org.warraq.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of {@link Analysis}, each against the failure it prevents. */
class AnalysisTest {
    private static Analysis.Terms terms(String word) {
        return Analysis.terms(word);
    }

    private static String exact(String word) {
        return terms(word).exact();
    }

    @Test
    void hamzaAlefMaqsuraTehMarbutaTashkeelAndTatweelAreFolded() {
        assertThat(List.of("أحمد", "إحمد", "آحمد", "احمد", "ٱحمد")).allSatisfy(w -> assertThat(exact(w)).isEqualTo("احمد"));
        assertThat(exact("مسؤول")).isEqualTo(exact("مسئول"));
        assertThat(exact("مصطفى")).isEqualTo(exact("مصطفي"));
        assertThat(exact("مدرسة")).isEqualTo(exact("مدرسه")).isEqualTo("مدرسه");
        assertThat(exact("الْحُكُومَةُ")).isEqualTo(exact("الـحـكـومـة")).isEqualTo("حكومه");
        assertThat(exact("هٰذان")).isEqualTo("هذان");
    }

    @Test
    void theArticleGroupIsRemovedWithItsConjunctionsAndPrepositions() {
        assertThat(List.of("الحكومة", "والحكومة", "بالحكومة", "للحكومة", "فالحكومة", "كالحكومة", "وبالحكومة", "وللحكومة"))
                .allSatisfy(w -> assertThat(exact(w)).isEqualTo("حكومه"));
    }

    @Test
    void singleLetterCliticsGiveAStemButNeverReplaceTheWord() {
        assertThat(terms("وزير").stems()).contains("وزير");
        assertThat(terms("ووزير").stems()).contains("وزير");
        assertThat(terms("براق").stems()).contains("براق");
        assertThat(terms("وقال").stems()).contains("قال");
        assertThat(terms("بشكل").stems()).contains("شكل");
    }

    @Test
    void dualPluralFeminineAndPronounEndingsShareAStem() {
        assertThat(List.of("الحكومة", "حكومات", "الحكومتين", "حكومتان", "حكومتهم", "حكومته"))
                .allSatisfy(w -> assertThat(terms(w).stems()).contains("حكوم"));
        assertThat(List.of("الميزانية", "ميزانيات", "بالميزانيتين", "ميزانيتها"))
                .allSatisfy(w -> assertThat(terms(w).stems()).contains("ميز"));
        assertThat(List.of("مصر", "مصري", "مصرية", "المصريون", "المصريين", "مصريات"))
                .allSatisfy(w -> assertThat(terms(w).stems()).contains("مصر"));
    }

    @Test
    void stemsKeepThreeLettersSoShortWordsDoNotMerge() {
        assertThat(exact("العملة")).isNotEqualTo(exact("العمل"));
        assertThat(terms("يده").stems()).containsExactly("يده");
        assertThat(terms("بيان").stems()).doesNotContain("بي");
    }

    @Test
    void digitsAndLatinWordsAreIndexedLikeAnyWord() {
        assertThat(exact("٢٠٢٤")).isEqualTo("2024");
        assertThat(exact("۱۴۰۳")).isEqualTo("1403");
        assertThat(exact("3")).isEqualTo("3");
        assertThat(Analysis.words("iPhone 16 وCOP28")).containsExactly("iphone", "16", "وcop28");
        assertThat(terms("x")).isNull();
    }

    @Test
    void stopWordsAndSingleLettersAreNotIndexed() {
        assertThat(List.of("في", "من", "على", "إلى", "الذي", "و", "ب")).allSatisfy(w -> assertThat(terms(w)).isNull());
    }

    @Test
    void wordsAreSplitAfterNfkcAndFormatCharactersStayInside() {
        assertThat(Analysis.words("عر\u200Cبي، ﷲ ﻣﺮﺣﺒﺎ")).containsExactly("عربي", "الله", "مرحبا");
    }
}
