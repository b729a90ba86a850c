package org.warraq.content;

/** Escaping for HTML that Java writes (bodies' embeds; everything else goes through FreeMarker). */
public final class HtmlEscape {
    private HtmlEscape() {
    }

    /** {@code text} safe in HTML text and in a double- or single-quoted attribute. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
