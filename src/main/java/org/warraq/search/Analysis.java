package org.warraq.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * How text becomes search terms, on the indexer's side. {@code templates/static/search-analysis.js} is a port of
 * exactly this (the equivalence test runs both over the same words); change them together.
 *
 * <ol>
 *   <li>Text: NFKC (presentation forms, ligatures), lower case, words are runs of letters, marks and
 *       decimal digits (format characters such as ZWNJ inside a word are skipped).</li>
 *   <li>A word: Arabic-Indic digits to 0-9; Lucene's {@link ArabicNormalizer} (أ إ آ → ا, ى → ي, ة → ه,
 *       tashkeel and tatweel removed); then ٱ → ا, ؤ ئ → ء, Persian ک ی ە → ك ي ه, every other mark
 *       removed. One letter alone, and Lucene's Arabic stop words, are not indexed.</li>
 *   <li>The <b>exact form</b>: the word without its article group (ال وال بال كال فال لل and وبال فبال
 *       وكال فكال ولل فلل), when two letters stay.</li>
 *   <li>The <b>stems</b>: candidate bases (the exact form; without a leading و or ف; without a following
 *       ب ل ك; each only when three letters stay, because a root letter must never go as a prefix:
 *       وزير keeps its و as a candidate), each with its suffixes removed: one pronoun (هما كما هم هن كم
 *       ها), then Lucene's suffix chain (ان ات ون ين يه ه ي) twice, each only when three letters stay,
 *       so that short stems do not merge unrelated words; a ت left by a removed suffix (حكومتين, حكومتهم)
 *       also gives the stem without it, through the chain again (حكوم, as حكومة gives; الميزانيتين gives
 *       ميز, as الميزانية does).</li>
 * </ol>
 */
final class Analysis {
    /** Shortest stem left by removing a prefix or suffix (Lucene allows 2, which merges unrelated words). */
    static final int MIN_STEM = 3;

    private static final String[] ARTICLES = {"وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال",
        "كال", "لل", "ال"};
    private static final String[] PRONOUNS = {"هما", "كما", "هم", "هن", "كم", "ها"};
    private static final String[] SUFFIXES = {"ان", "ات", "ون", "ين", "يه", "ه", "ي"};
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Set<String> STOP_WORDS = stopWords();

    private Analysis() {
    }

    /**
     * A word's terms: its exact form and its stems (sorted, one or more).
     */
    record Terms(String exact, List<String> stems) {
        Terms {
            stems = List.copyOf(stems);
        }
    }

    /** The words of {@code text}, as written (after NFKC and lower case), in order. */
    static List<String> words(String text) {
        String prepared = prepare(text);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < prepared.length(); ) {
            int cp = prepared.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordChar(cp)) {
                word.appendCodePoint(cp);
            } else if (Character.getType(cp) != Character.FORMAT && word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /** NFKC and lower case: the step before splitting into words. */
    static String prepare(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The terms of one word of {@link #words}, or null when it is not indexed (a stop word, one letter). */
    static Terms terms(String word) {
        String normal = normalize(word);
        if (normal.length() < 2 && !(normal.length() == 1 && isAsciiDigit(normal.charAt(0)))) {
            return null;
        }
        if (STOP_WORDS.contains(normal)) {
            return null;
        }
        String exact = withoutArticle(normal);
        return new Terms(exact, stems(exact));
    }

    static String normalize(String word) {
        char[] chars = new char[word.length()];
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                c = (char) ('0' + (c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                c = (char) ('0' + (c - '\u06F0'));
            }
            chars[n++] = c;
        }
        n = NORMALIZER.normalize(chars, n);
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(chars, i, n);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            out.appendCodePoint(switch (cp) {
                case '\u0671' -> '\u0627';
                case '\u0624', '\u0626' -> '\u0621';
                case '\u06A9' -> '\u0643';
                case '\u06CC' -> '\u064A';
                case '\u06D5' -> '\u0647';
                default -> cp;
            });
        }
        return out.toString();
    }

    static String withoutArticle(String word) {
        for (String article : ARTICLES) {
            if (word.startsWith(article) && word.length() - article.length() >= 2) {
                return word.substring(article.length());
            }
        }
        return word;
    }

    static List<String> stems(String exact) {
        List<String> bases = new ArrayList<>();
        bases.add(exact);
        if (startsWithOneOf(exact, "وف") && exact.length() - 1 >= MIN_STEM) {
            bases.add(exact.substring(1));
        }
        for (int i = 0, n = bases.size(); i < n; i++) {
            String base = bases.get(i);
            if (startsWithOneOf(base, "بلك") && base.length() - 1 >= MIN_STEM) {
                bases.add(base.substring(1));
            }
        }
        Set<String> stems = new TreeSet<>();
        for (String base : bases) {
            suffixStems(base, stems);
        }
        return List.copyOf(stems);
    }

    private static void suffixStems(String base, Set<String> out) {
        String stem = base;
        for (String pronoun : PRONOUNS) {
            if (endsWith(stem, pronoun)) {
                stem = cut(stem, pronoun);
                break;
            }
        }
        stem = suffixes(stem);
        out.add(stem);
        if (stem.length() < base.length() && stem.endsWith("ت") && stem.length() - 1 >= MIN_STEM) {
            out.add(suffixes(stem.substring(0, stem.length() - 1)));
        }
    }

    /** Lucene's suffix chain, twice, each suffix only when three letters stay. */
    private static String suffixes(String word) {
        String stem = word;
        for (int pass = 0; pass < 2; pass++) {
            for (String suffix : SUFFIXES) {
                if (endsWith(stem, suffix)) {
                    stem = cut(stem, suffix);
                }
            }
        }
        return stem;
    }

    private static boolean endsWith(String word, String suffix) {
        return word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM;
    }

    private static String cut(String word, String suffix) {
        return word.substring(0, word.length() - suffix.length());
    }

    private static boolean startsWithOneOf(String word, String letters) {
        return !word.isEmpty() && letters.indexOf(word.charAt(0)) >= 0;
    }

    private static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Lucene's Arabic stop words, normalised like every word. */
    static Set<String> stopWords() {
        CharArraySet lucene = ArabicAnalyzer.getDefaultStopSet();
        Set<String> out = new TreeSet<>();
        for (Object word : lucene) {
            out.add(normalize(new String((char[]) word)));
        }
        return java.util.Collections.unmodifiableSet(out);
    }
}
