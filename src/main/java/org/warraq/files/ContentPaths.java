package org.warraq.files;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Path arithmetic on '/'-separated paths relative to {@code content/}, refusing any that leave it. */
public final class ContentPaths {
    private ContentPaths() {
    }

    /** The folder of a content-relative file path: "2024/x.md" gives "2024", "x.md" gives "". */
    public static String folder(String contentPath) {
        int slash = contentPath.lastIndexOf('/');
        return slash < 0 ? "" : contentPath.substring(0, slash);
    }

    /** The folders a '/'-separated path lies in, outermost first: "a/b/c.html" gives "a" and "a/b". */
    public static java.util.List<String> folders(String path) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            out.add(path.substring(0, slash));
        }
        return out;
    }

    /** The path part of a link reference, percent-decoded: "photo%201.jpg#x" gives "photo 1.jpg". */
    public static String pathOf(String reference) {
        int cut = reference.length();
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c == '#' || c == '?') {
                cut = i;
                break;
            }
        }
        String path = reference.substring(0, cut);
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /**
     * Resolves {@code reference} against {@code folder}; a reference starting with '/' is taken from the
     * content root. Empty when the result would leave {@code content/} or the reference is malformed.
     */
    public static Optional<String> resolve(String folder, String reference) {
        if (reference.isEmpty() || reference.indexOf('\\') >= 0 || reference.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Deque<String> parts = new ArrayDeque<>();
        String start = reference.startsWith("/") ? "" : folder;
        for (String s : (start + "/" + reference).split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(s);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }
}
