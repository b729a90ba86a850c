package org.warraq.util;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes to UTF-8 as it goes, into a growing byte array, without locks. Pages and
 * feeds are rendered into one of these by one thread and written out as the bytes they already are: no
 * intermediate String, no copy when the first Arabic letter arrives.
 */
public final class TextBuffer extends Writer {
    private byte[] bytes;
    private int size;
    private char pendingHigh;

    public TextBuffer(int capacity) {
        this.bytes = new byte[Math.max(64, capacity)];
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int offset, int length) {
        ensure(length * 3);
        for (int i = offset, end = offset + length; i < end; i++) {
            put(s.charAt(i));
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        ensure(length * 3);
        for (int i = offset, end = offset + length; i < end; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(int c) {
        ensure(4);
        put((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
        String text = String.valueOf(s);
        write(text, 0, text.length());
        return this;
    }

    @Override
    public void flush() {
        // everything is already in the array
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** The UTF-8 bytes written so far. */
    public byte[] utf8() {
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, size, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private void put(char c) {
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c) && pendingHigh != 0) {
            int cp = Character.toCodePoint(pendingHigh, c);
            pendingHigh = 0;
            bytes[size++] = (byte) (0xF0 | (cp >> 18));
            bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            int cp = Character.isSurrogate(c) ? 0xFFFD : c;
            bytes[size++] = (byte) (0xE0 | (cp >> 12));
            bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (cp & 0x3F));
        }
    }
}
