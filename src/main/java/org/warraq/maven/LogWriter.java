package org.warraq.maven;

import java.io.Writer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.maven.plugin.logging.Log;

/**
 * What Warraq prints, line by line into the Maven log: its standard output as {@code [INFO]}; on its error
 * output, warnings and a count of warnings only as {@code [WARNING]}, everything else as {@code [ERROR]}.
 */
final class LogWriter extends Writer {
    private static final Pattern WARNING = Pattern.compile("(^|: )warning: |^0 errors, \\d+ warnings?$");

    private final Consumer<String> sink;
    private final StringBuilder line = new StringBuilder();

    private LogWriter(Consumer<String> sink) {
        this.sink = sink;
    }

    static LogWriter out(Log log) {
        return new LogWriter(log::info);
    }

    static LogWriter err(Log log) {
        return new LogWriter(text -> {
            if (WARNING.matcher(text).find()) {
                log.warn(text);
            } else {
                log.error(text);
            }
        });
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
                sink.accept(line.substring(0, end));
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
    }

    @Override
    public void flush() {
        // whole lines only: a line is logged when it ends
    }

    @Override
    public synchronized void close() {
        if (line.length() > 0) {
            sink.accept(line.toString());
            line.setLength(0);
        }
    }
}
