package org.warraq.serve;

import java.util.List;

/**
 * What the preview's pages need to know about the last build.
 *
 * @param version  names the site being served: changes with every build that changed a file (and with every
 *                 start of the server), so a page can tell whether it is out of date
 * @param ok       whether the last build succeeded
 * @param problems the failed build's problem lines, exactly as the command line prints them
 * @param summary  one line: what the last build did, or how many problems it found
 */
public record BuildStatus(String version, boolean ok, List<String> problems, String summary) {
    public BuildStatus {
        problems = List.copyOf(problems);
    }

    /** The status as a JSON object, e.g. {@code {"version":"k2-3","ok":true,"problems":[],"summary":"…"}}. */
    public String toJson() {
        return "{\"version\":" + Json.string(version) + ",\"ok\":" + ok + ",\"problems\":" + Json.strings(problems)
                + ",\"summary\":" + Json.string(summary) + "}";
    }
}
