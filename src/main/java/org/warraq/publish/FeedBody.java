package org.warraq.publish;

/**
 * An article's body for feeds, escaped for XML character data once and written as it is into every feed
 * that carries the article.
 *
 * @param xml the body's HTML with {@code & < >} escaped, as XML text escapes them
 */
public record FeedBody(String xml) {
    /** The feed form of {@code html}. */
    public static FeedBody of(String html) {
        StringBuilder out = null;
        int start = 0;
        for (int i = 0; i < html.length(); i++) {
            String entity = switch (html.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> null;
            };
            if (entity != null) {
                if (out == null) {
                    out = new StringBuilder(html.length() + html.length() / 4);
                }
                out.append(html, start, i).append(entity);
                start = i + 1;
            }
        }
        return new FeedBody(out == null ? html : out.append(html, start, html.length()).toString());
    }
}
