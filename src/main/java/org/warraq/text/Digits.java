package org.warraq.text;

/** Which digits numbers are written with on pages (machine-readable dates always use 0-9). */
public enum Digits {
    /** 0123456789, as most Maghreb and many Gulf sites write. */
    LATIN,
    /** ٠١٢٣٤٥٦٧٨٩ (Arabic-Indic), as many Levant and Gulf sites write. */
    ARABIC;

    /** Rewrites the ASCII digits of {@code text} in this style. */
    public String apply(String text) {
        if (this == LATIN) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }

    /** The CLDR numbering system of these digits ("latn", "arab"), for formatting with ICU. */
    public String cldr() {
        return this == LATIN ? "latn" : "arab";
    }

    public String number(long n) {
        return apply(Long.toString(n));
    }
}
