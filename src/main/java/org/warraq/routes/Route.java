package org.warraq.routes;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where one output lives. A page route names a folder and is written as {@code <folder>/index.html}; a
 * file route names a file ({@code feed.xml}, {@code 404.html}). The same segments give the file on disk
 * (UTF-8 names) and every link to it (percent-encoded), so the two can never disagree.
 *
 * @param segments path segments below the site root, not encoded
 * @param page     true for a folder page, false for a plain file
 */
public record Route(List<String> segments, boolean page) {
    public Route {
        segments = List.copyOf(segments);
    }

    public static Route page(String... segments) {
        return new Route(List.of(segments), true);
    }

    public static Route file(String... segments) {
        return new Route(List.of(segments), false);
    }

    public static Route file(List<String> segments) {
        return new Route(segments, false);
    }

    /** The output file, relative to the site root, '/'-separated: "2024/02/26/x/index.html". */
    public String filePath() {
        String joined = String.join("/", segments);
        if (!page) {
            return joined;
        }
        return joined.isEmpty() ? "index.html" : joined + "/index.html";
    }

    /** The path as problems show it, not encoded: "/2024/02/26/خبر/", "/feed.xml". */
    public String displayPath() {
        return "/" + String.join("/", segments) + (page && !segments.isEmpty() ? "/" : "");
    }

    /** The URL path below the base URL, percent-encoded: "2024/02/26/%D8%A7/" ("" for the home page). */
    public String urlPath() {
        return urlPath(UrlEncoding::segment);
    }

    /** {@link #urlPath()} with {@code encode} as the encoding of one segment. */
    String urlPath(UnaryOperator<String> encode) {
        StringBuilder out = new StringBuilder(64);
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                out.append('/');
            }
            out.append(encode.apply(segments.get(i)));
        }
        if (page && !segments.isEmpty()) {
            out.append('/');
        }
        return out.toString();
    }

    /** A file in the folder this output sits in: {@code path} is '/'-separated below that folder. */
    public Route sibling(String path) {
        List<String> all = new java.util.ArrayList<>(folder());
        all.addAll(List.of(path.split("/")));
        return new Route(all, false);
    }

    /** Segments of the folder the output sits in (for pages, the page's own folder). */
    List<String> folder() {
        return page ? segments : segments.subList(0, Math.max(0, segments.size() - 1));
    }
}
