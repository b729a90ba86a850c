package org.warraq.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The path of a request, taken apart before it comes near the file system: split at {@code /}, then each
 * segment percent-decoded as UTF-8. A path is refused (a 400) when any segment is not valid UTF-8 or
 * decodes to {@code .}, {@code ..}, or something holding {@code /}, {@code \}, {@code :} or a control
 * character (NUL included); so {@code %2e%2e}, {@code ..%2f}, {@code %5c} and drive letters never reach
 * a {@link java.nio.file.Path}. Empty segments ({@code //}) are dropped.
 *
 * @param segments      the decoded segments
 * @param trailingSlash whether the path ends with {@code /} (a folder was asked for)
 */
record RequestPath(List<String> segments, boolean trailingSlash) {
    RequestPath {
        segments = List.copyOf(segments);
    }

    /** The path, or empty when it must be refused. */
    static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return Optional.of(new RequestPath(List.of(), true));
        }
        if (rawPath.charAt(0) != '/' || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.substring(1).split("/", -1)) {
            if (raw.isEmpty()) {
                continue;
            }
            Optional<String> decoded = decode(raw);
            if (decoded.isEmpty() || !acceptable(decoded.get())) {
                return Optional.empty();
            }
            segments.add(decoded.get());
        }
        return Optional.of(new RequestPath(segments, rawPath.endsWith("/")));
    }

    /** Whether these segments start with {@code prefix}. */
    boolean startsWith(List<String> prefix) {
        return segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix);
    }

    /** The path without its first {@code n} segments. */
    RequestPath drop(int n) {
        return new RequestPath(segments.subList(n, segments.size()), trailingSlash);
    }

    private static boolean acceptable(String segment) {
        if (segment.equals(".") || segment.equals("..")) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** Percent-decoding of one segment, strictly: a bad escape or bytes that are not UTF-8 give empty. */
    static Optional<String> decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    utf8 = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
