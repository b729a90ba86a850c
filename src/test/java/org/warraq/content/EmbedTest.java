package org.warraq.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warraq.config.RawHtml;
import org.warraq.diag.Problems;

/** Which addresses become embeds, the frames they get, and how bodies show them on pages and in feeds. */
class EmbedTest {
    private static final Links WITH_THEME = new Links() {
        @Override
        public Optional<String> onPage(String reference) {
            return Optional.empty();
        }

        @Override
        public Optional<String> absolute(String reference) {
            return Optional.empty();
        }

        @Override
        public String embed(Embed embed) {
            return "<figure class=\"embed\" data-embed-src=\"" + HtmlEscape.escape(embed.frame()) + "\"><button type=\"button\">"
                    + embed.provider().id() + "</button></figure>";
        }
    };

    private static String frame(String url) {
        return Embed.of(url).map(Embed::frame).orElse("none");
    }

    @Test
    void youtubeInEveryShapeGoesThroughYoutubeNocookie() {
        String frame = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1";
        assertThat(frame("https://www.youtube.com/watch?v=dQw4w9WgXcQ")).isEqualTo(frame);
        assertThat(frame("https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ")).isEqualTo(frame);
        assertThat(frame("https://m.youtube.com/watch?v=dQw4w9WgXcQ")).isEqualTo(frame);
        assertThat(frame("https://youtu.be/dQw4w9WgXcQ")).isEqualTo(frame);
        assertThat(frame("https://youtu.be/dQw4w9WgXcQ?t=90")).isEqualTo(frame + "&start=90");
        assertThat(frame("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s")).isEqualTo(frame + "&start=90");
        assertThat(Embed.of("https://www.youtube.com/shorts/dQw4w9WgXcQ").orElseThrow().portrait()).isTrue();
        assertThat(frame("https://www.youtube.com/channel/UC1234567890")).isEqualTo("none");
        assertThat(frame("https://www.youtube.com/watch?v=short")).isEqualTo("none");
    }

    @Test
    void xInstagramAndFacebookVideos() {
        assertThat(frame("https://x.com/AJArabic/status/1763000000000000000"))
                .isEqualTo("https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1763000000000000000");
        assertThat(frame("https://twitter.com/AJArabic/status/1763000000000000000?s=20"))
                .isEqualTo("https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1763000000000000000");
        assertThat(frame("https://x.com/AJArabic")).isEqualTo("none");
        assertThat(frame("https://www.instagram.com/p/C4abcDEF123/")).isEqualTo("https://www.instagram.com/p/C4abcDEF123/embed/");
        assertThat(frame("https://www.instagram.com/reel/C4abcDEF123/")).isEqualTo("https://www.instagram.com/reel/C4abcDEF123/embed/");
        assertThat(frame("https://www.facebook.com/aljazeera/videos/1234567890/"))
                .isEqualTo("https://www.facebook.com/plugins/video.php?show_text=false&href="
                        + "https%3A%2F%2Fwww.facebook.com%2Faljazeera%2Fvideos%2F1234567890%2F");
        assertThat(frame("https://www.facebook.com/watch/?v=1234567890")).startsWith("https://www.facebook.com/plugins/video.php?");
        assertThat(frame("https://fb.watch/abcDEF12/")).startsWith("https://www.facebook.com/plugins/video.php?");
        assertThat(frame("https://www.facebook.com/aljazeera/posts/1234567890")).isEqualTo("none");
        assertThat(frame("https://vimeo.com/123456")).isEqualTo("none");
        assertThat(frame("javascript:alert(1)")).isEqualTo("none");
    }

    @Test
    void anAddressAloneOnALineIsAnEmbedOnThePageAndALinkInFeeds() {
        Markdown markdown = new Markdown(RawHtml.SANITIZE, URI.create("https://example.org/"));
        String body = "فقرة أولى.\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\nشاهد https://youtu.be/dQw4w9WgXcQ هنا.\n\n"
                + "- https://youtu.be/dQw4w9WgXcQ\n";
        Body rendered = markdown.render(body, "content/x.md", 5, WITH_THEME, new Problems());
        assertThat(rendered.embeds()).isTrue();
        assertThat(rendered.html()).contains("<figure class=\"embed\" data-embed-src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1\">")
                .as("an address inside a sentence or a list stays a link")
                .contains("شاهد <a href=\"https://youtu.be/dQw4w9WgXcQ\" rel=\"noopener\" dir=\"ltr\">").contains("<li><a href=")
                .doesNotContain("\uE000").doesNotContain("<iframe");
        assertThat(rendered.feedHtml()).doesNotContain("<figure").doesNotContain("<button")
                .contains("<p><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\" rel=\"noopener\" dir=\"ltr\">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p>");
    }

    @Test
    void rawHtmlAroundStaysSanitisedAndTheEmbedSurvives() {
        Markdown markdown = new Markdown(RawHtml.SANITIZE, URI.create("https://example.org/"));
        String body = "<iframe src=\"https://evil.example/\"></iframe>\n\nhttps://x.com/a/status/123\n\n<script>alert(1)</script>\n";
        Body rendered = markdown.render(body, "content/x.md", 5, WITH_THEME, new Problems());
        assertThat(rendered.html()).doesNotContain("evil.example").doesNotContain("<script")
                .contains("data-embed-src=\"https://platform.twitter.com/embed/Tweet.html?dnt=true&amp;id=123\"")
                .contains("<button type=\"button\">x</button>");
        Body plain = new Markdown(RawHtml.ESCAPE, URI.create("https://example.org/")).render(body, "content/x.md", 5, WITH_THEME, new Problems());
        assertThat(plain.html()).contains("&lt;iframe").contains("<button type=\"button\">x</button>");
    }
}
