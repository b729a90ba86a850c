package org.warraq.text;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

/** Names of languages as their speakers write them, from ICU's CLDR data: "العربية", "Français", "English". */
public final class LanguageNames {
    private LanguageNames() {
    }

    /** The name of the language {@code tag} in that language, capitalised as a menu entry. */
    public static String autonym(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        return LocaleDisplayNames.getInstance(locale, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU)
                .localeDisplayName(locale);
    }
}
