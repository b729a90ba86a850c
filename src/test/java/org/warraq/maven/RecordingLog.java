package org.warraq.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven log that keeps its lines as Maven prints them, e.g. "[ERROR] content/a.md:1:1: error: …". */
final class RecordingLog implements Log {
    final List<String> lines = new ArrayList<>();
    private final boolean debug;

    RecordingLog() {
        this(false);
    }

    RecordingLog(boolean debug) {
        this.debug = debug;
    }

    List<String> at(String level) {
        String prefix = "[" + level + "] ";
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }

    private synchronized void add(String level, CharSequence text, Throwable error) {
        lines.add("[" + level + "] " + (text == null ? "" : text) + (error == null ? "" : " " + error));
    }

    @Override public boolean isDebugEnabled() { return debug; }
    @Override public void debug(CharSequence content) { if (debug) { add("DEBUG", content, null); } }
    @Override public void debug(CharSequence content, Throwable error) { add("DEBUG", content, error); }
    @Override public void debug(Throwable error) { add("DEBUG", null, error); }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence content) { add("INFO", content, null); }
    @Override public void info(CharSequence content, Throwable error) { add("INFO", content, error); }
    @Override public void info(Throwable error) { add("INFO", null, error); }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence content) { add("WARNING", content, null); }
    @Override public void warn(CharSequence content, Throwable error) { add("WARNING", content, error); }
    @Override public void warn(Throwable error) { add("WARNING", null, error); }
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence content) { add("ERROR", content, null); }
    @Override public void error(CharSequence content, Throwable error) { add("ERROR", content, error); }
    @Override public void error(Throwable error) { add("ERROR", null, error); }
}
