package org.warraq.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post of another site shown in an article: a YouTube video (also youtu.be and Shorts), a post on X
 * (Twitter), an Instagram post or reel, or a Facebook video, written as its address alone on a line. Only
 * these providers, and only addresses of these shapes, become embeds; the page shows a placeholder and
 * loads the provider's frame only when the reader asks for it.
 *
 * @param provider the provider
 * @param url      the address as written: the link readers (and feeds) get
 * @param frame    the address of the provider's embedded player, made here from the parts of {@code url}
 *                 (YouTube through youtube-nocookie.com)
 * @param portrait whether the post is upright (Shorts, Instagram), for the frame's proportions
 */
public record Embed(Provider provider, String url, String frame, boolean portrait) {
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern TIME = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s?)?");
    private static final Pattern X_POST = Pattern.compile("/[A-Za-z0-9_]{1,15}/status(?:es)?/(\\d{1,25})(?:/.*)?");
    private static final Pattern INSTAGRAM = Pattern.compile("(?:/[A-Za-z0-9_.]{1,30})?/(p|reel|reels|tv)/([A-Za-z0-9_-]{5,40})/?");
    private static final Pattern FACEBOOK_VIDEO = Pattern.compile(
            "/(?:[^/]+/videos/(?:[^/]+/)?\\d+|watch/?|reel/\\d+|video\\.php|share/v/[A-Za-z0-9]+)/?");

    /** The providers Warraq embeds; {@link #id()} names their theme words and CSS class. */
    public enum Provider {
        YOUTUBE("youtube"), X("x"), INSTAGRAM("instagram"), FACEBOOK("facebook");

        private final String id;

        Provider(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** The embed {@code address} is, if it is an address of a post of one of the providers. */
    public static Optional<Embed> of(String address) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || !"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www|m|mobile|web)\\.", "");
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        String url = address.strip();
        return switch (host) {
            case "youtube.com", "youtu.be" -> youtube(url, host, path, query);
            case "x.com", "twitter.com" -> match(X_POST, path).map(m -> new Embed(Provider.X, url,
                    "https://platform.twitter.com/embed/Tweet.html?dnt=true&id=" + m.group(1), false));
            case "instagram.com" -> match(INSTAGRAM, path).map(m -> new Embed(Provider.INSTAGRAM, url,
                    "https://www.instagram.com/" + (m.group(1).startsWith("reel") ? "reel" : "p") + "/" + m.group(2) + "/embed/", true));
            case "facebook.com", "fb.watch" -> facebook(url, host, path, query);
            default -> Optional.empty();
        };
    }

    private static Optional<Embed> youtube(String url, String host, String path, String query) {
        String id = null;
        boolean portrait = false;
        if (host.equals("youtu.be")) {
            id = path.length() > 1 ? path.substring(1) : null;
        } else if (path.equals("/watch")) {
            id = parameter(query, "v");
        } else if (path.startsWith("/shorts/") || path.startsWith("/embed/") || path.startsWith("/live/")) {
            id = path.substring(path.indexOf('/', 1) + 1);
            portrait = path.startsWith("/shorts/");
        }
        if (id == null || !YOUTUBE_ID.matcher(id.replaceFirst("/$", "")).matches()) {
            return Optional.empty();
        }
        String frame = "https://www.youtube-nocookie.com/embed/" + id.replaceFirst("/$", "") + "?autoplay=1";
        String t = parameter(query, "t");
        t = t == null ? parameter(query, "start") : t;
        if (t != null) {
            Matcher m = TIME.matcher(t);
            if (m.matches() && !t.isEmpty()) {
                long seconds = number(m.group(1)) * 3600 + number(m.group(2)) * 60 + number(m.group(3));
                frame += seconds > 0 ? "&start=" + seconds : "";
            }
        }
        return Optional.of(new Embed(Provider.YOUTUBE, url, frame, portrait));
    }

    private static Optional<Embed> facebook(String url, String host, String path, String query) {
        boolean video = host.equals("fb.watch") ? path.matches("/[A-Za-z0-9_-]+/?")
                : FACEBOOK_VIDEO.matcher(path).matches() && (!path.startsWith("/watch") && !path.startsWith("/video.php")
                || parameter(query, "v") != null && parameter(query, "v").matches("\\d+"));
        if (!video) {
            return Optional.empty();
        }
        return Optional.of(new Embed(Provider.FACEBOOK, url, "https://www.facebook.com/plugins/video.php?show_text=false&href="
                + URLEncoder.encode(url, StandardCharsets.UTF_8), path.startsWith("/reel/")));
    }

    private static Optional<Matcher> match(Pattern pattern, String path) {
        Matcher m = pattern.matcher(path);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    private static String parameter(String query, String name) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits.length() > 9 ? digits.substring(0, 9) : digits);
    }

    /**
     * The embed as feeds (and pages whose theme writes no embeds) show it: a paragraph with its link, the address
     * written out as a left-to-right island.
     */
    public String link() {
        String href = HtmlEscape.escape(url);
        return "<p><a href=\"" + href + "\" rel=\"noopener\" dir=\"ltr\">" + href + "</a></p>";
    }
}
