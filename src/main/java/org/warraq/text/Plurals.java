package org.warraq.text;

/**
 * Arabic counted nouns: the noun's form depends on the number (1, 2, 3–10, 11–99, 100s…), e.g.
 * "دقيقة واحدة", "دقيقتان", "3 دقائق", "11 دقيقة".
 */
public final class Plurals {
    private Plurals() {
    }

    /**
     * @param n        the count
     * @param digits   digit style
     * @param one      "دقيقة واحدة"
     * @param two      "دقيقتان"
     * @param few      plural used with 3–10: "دقائق"
     * @param many     singular used with 11–99 and hundreds: "دقيقة"
     */
    public static String count(long n, Digits digits, String one, String two, String few, String many) {
        long lastTwo = n % 100;
        if (n == 1) {
            return one;
        }
        if (n == 2) {
            return two;
        }
        String number = digits.number(n);
        if (lastTwo >= 3 && lastTwo <= 10) {
            return number + " " + few;
        }
        return number + " " + many;
    }

    /** Reading time: "دقيقة واحدة", "دقيقتان", "4 دقائق", "12 دقيقة". */
    public static String minutes(long n, Digits digits) {
        return count(n, digits, "دقيقة واحدة", "دقيقتان", "دقائق", "دقيقة");
    }
}
