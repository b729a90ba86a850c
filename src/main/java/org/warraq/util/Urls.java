package org.warraq.util;

import java.util.Locale;

/** The one rule for "an absolute web address" in site.yaml, front matter and templates. */
public final class Urls {
    private Urls() {
    }

    /** An {@code http://} or {@code https://} address (any case) with something after the scheme and no space. */
    public static boolean isHttp(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && url.length() > 8 && !url.contains(" ");
    }
}
