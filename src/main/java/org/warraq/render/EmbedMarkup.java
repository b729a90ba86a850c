package org.warraq.render;

import org.warraq.content.Embed;
import org.warraq.content.HtmlEscape;
import org.warraq.theme.Messages;

/**
 * How an embed is written on an article's page: a placeholder that loads nothing from the provider (no frame,
 * no image from its servers), with the theme's words: a button, hidden until the theme's script
 * ({@code assets/embed.js}) shows it and, on a click, puts the provider's frame in its place; and the link to
 * the post, which works without the script.
 *
 * <pre>{@code
 * <figure class="embed embed-youtube" data-embed-src="https://www.youtube-nocookie.com/embed/…" data-embed-title="…">
 * <button type="button" class="embed-load" hidden>عرض الفيديو من يوتيوب</button>
 * <figcaption><a href="https://www.youtube.com/watch?v=…" rel="noopener">…</a> <span class="embed-note">…</span></figcaption>
 * </figure>
 * }</pre>
 */
final class EmbedMarkup {
    private final Messages messages;

    EmbedMarkup(Messages messages) {
        this.messages = messages;
    }

    String html(Embed embed) {
        String id = embed.provider().id();
        String provider = messages.text("embed_" + id);
        return "<figure class=\"embed embed-" + id + (embed.portrait() ? " embed-portrait" : "") + "\" data-embed-src=\""
                + HtmlEscape.escape(embed.frame()) + "\" data-embed-title=\"" + word("embed_title", provider) + "\">\n"
                + "<button type=\"button\" class=\"embed-load\" hidden>" + word("embed_load", provider) + "</button>\n"
                + "<figcaption><a href=\"" + HtmlEscape.escape(embed.url()) + "\" rel=\"noopener\">"
                + word("embed_open", provider) + "</a> <span class=\"embed-note\">" + word("embed_note", provider)
                + "</span></figcaption>\n</figure>";
    }

    private String word(String key, String provider) {
        return HtmlEscape.escape(messages.format(key, "provider", provider));
    }
}
