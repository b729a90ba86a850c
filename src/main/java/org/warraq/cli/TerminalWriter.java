package org.warraq.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.warraq.diag.TerminalText;

/**
 * Everything the command line prints goes through here: problem lines, paths, hints, summaries, picocli's
 * own messages (which repeat what was typed) and the preview's log. Characters a terminal would act on are
 * written as escapes ({@link TerminalText}), so no file name or front-matter value can send the terminal an
 * escape sequence.
 */
final class TerminalWriter extends FilterWriter {
    TerminalWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (TerminalText.escaped((char) c)) {
            out.write(TerminalText.safe(String.valueOf((char) c)));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        String safe = TerminalText.safe(text.substring(offset, offset + length));
        out.write(safe, 0, safe.length());
    }
}
