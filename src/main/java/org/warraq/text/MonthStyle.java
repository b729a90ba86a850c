package org.warraq.text;

import java.util.List;

/**
 * How month names are written. Arab newsrooms name the Gregorian months in several traditions; a
 * site picks one with {@code date_style} in {@code site.yaml}.
 */
public enum MonthStyle {
    /** Egypt, Gulf, most of the Arab world: يناير، فبراير، … */
    EGYPT(List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
            "نوفمبر", "ديسمبر")),
    /** Morocco: يناير، فبراير، مارس، أبريل، ماي، يونيو، يوليوز، غشت، شتنبر، أكتوبر، نونبر، دجنبر. */
    MAGHREB(List.of("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر",
            "نونبر", "دجنبر")),
    /** Levant and Iraq (Syriac names): كانون الثاني، شباط، … */
    LEVANT(List.of("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
            "تشرين الأول", "تشرين الثاني", "كانون الأول")),
    /** Both, as pan-Arab agencies write: "يناير/ كانون الثاني". */
    BOTH(List.of()),
    /** Algeria and Tunisia (from French): جانفي، فيفري، … */
    ALGERIA(List.of("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
            "نوفمبر", "ديسمبر"));

    private final List<String> names;

    MonthStyle(List<String> names) {
        this.names = names;
    }

    /** The name of {@code month} (1–12) in this style. */
    public String name(int month) {
        if (this == BOTH) {
            return EGYPT.name(month) + "/ " + LEVANT.name(month);
        }
        return names.get(month - 1);
    }
}
