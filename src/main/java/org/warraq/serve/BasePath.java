package org.warraq.serve;

import java.net.URI;
import java.util.List;

/**
 * The path of the site's base URL, under which the preview serves it (as the host will).
 *
 * @param raw      percent-encoded, with slashes at both ends: {@code /} or {@code /news/}
 * @param segments the decoded segments (none for {@code /})
 */
record BasePath(String raw, List<String> segments) {
    static final BasePath ROOT = new BasePath("/", List.of());

    BasePath {
        segments = List.copyOf(segments);
    }

    static BasePath of(URI baseUrl) {
        String raw = baseUrl.getRawPath();
        if (raw == null || raw.isEmpty() || raw.equals("/")) {
            return ROOT;
        }
        String withSlashes = (raw.startsWith("/") ? "" : "/") + raw + (raw.endsWith("/") ? "" : "/");
        return RequestPath.parse(withSlashes).map(p -> new BasePath(withSlashes, p.segments())).orElse(ROOT);
    }
}
