package org.warraq.routes;

import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-encoding of one path segment: unreserved characters stay, everything else is %XX of UTF-8. */
final class UrlEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlEncoding() {
    }

    static String segment(String segment) {
        boolean plain = true;
        for (int i = 0; i < segment.length() && plain; i++) {
            plain = unreserved(segment.charAt(i));
        }
        if (plain) {
            return segment;
        }
        StringBuilder out = new StringBuilder(segment.length() * 3);
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (unreserved(c)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    /** The length of {@link #segment}'s result, computed without making it. */
    static int length(String segment) {
        int n = 0;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (unreserved(c)) {
                n++;
            } else if (c < 0x80) {
                n += 3;
            } else if (c < 0x800) {
                n += 6;
            } else if (Character.isHighSurrogate(c)) {
                n += 12;
                i++;
            } else {
                n += 9;
            }
        }
        return n;
    }

    private static boolean unreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
