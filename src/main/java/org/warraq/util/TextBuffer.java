package org.warraq.util;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * An unsynchronised {@link Writer} into a growing buffer (StringWriter locks on every write), for pages
 * and feeds that are rendered by one thread and then written out as UTF-8.
 */
public final class TextBuffer extends Writer {
    private final StringBuilder text;

    public TextBuffer(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
        if (offset == 0 && length == s.length()) {
            text.append(s);
        } else {
            text.append(s, offset, offset + length);
        }
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void flush() {
        // nothing is buffered elsewhere
    }

    @Override
    public void close() {
        // nothing to release
    }

    public byte[] utf8() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
