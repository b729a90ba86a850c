package org.warraq.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The live-reload and problem-overlay script ({@code live.js}, served at {@link #PATH}) and its tag in the
 * HTML pages the preview serves. Files on disk are never changed: the tag is added to the bytes sent.
 */
final class LiveScript {
    static final String PATH = "/" + StaticServer.PREFIX + "/live.js";

    private LiveScript() {
    }

    /** The script's bytes, from the jar. */
    static byte[] bytes() {
        try (InputStream in = LiveScript.class.getResourceAsStream("live.js")) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/warraq/serve/live.js");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page with the live-reload script before its last {@code </body>} (or at the end), found in the
     * bytes, so a page in any ASCII-compatible encoding stays as it was. The script tag carries the version
     * of the site the page came from, so it can tell when it is out of date.
     */
    static byte[] inject(byte[] html, String version) {
        byte[] tag = ("<script src=\"" + PATH + "\" data-warraq-version=\"" + escapeAttribute(version)
                + "\"></script>\n").getBytes(StandardCharsets.UTF_8);
        int at = lastBodyEnd(html);
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    /** Where the last {@code </body} (any case) starts, or -1. */
    private static int lastBodyEnd(byte[] html) {
        byte[] needle = "</body".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = html.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                int b = html[i + j];
                if (b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                }
                if (b != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
