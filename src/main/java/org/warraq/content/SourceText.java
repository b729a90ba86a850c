package org.warraq.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.warraq.diag.Problem;

/**
 * Turns the bytes of a text file into the text an editor shows: strict UTF-8 (the first bad byte is
 * reported with its line and column), no NUL bytes, an optional BOM dropped, and CRLF or CR line ends
 * made LF (line numbers do not change).
 */
public final class SourceText {
    private SourceText() {
    }

    public static Optional<String> decode(byte[] bytes, String path, List<Problem> problems) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] at = position(bytes, i);
                problems.add(Problem.error(path, at[0], at[1], "file contains a NUL byte",
                        "this looks like a binary file; content files must be UTF-8 text"));
                return Optional.empty();
            }
        }
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return Optional.of(lineEnds(fast));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int[] at = position(bytes, in.position());
            problems.add(Problem.error(path, at[0], at[1],
                    String.format(java.util.Locale.ROOT, "invalid UTF-8 (byte 0x%02X)", bytes[in.position()] & 0xFF),
                    "save the file as UTF-8; it may be in Windows-1256 or another legacy encoding"));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(lineEnds(out.toString()));
    }

    /** Drops a byte order mark and makes CRLF and CR line ends LF. */
    private static String lineEnds(String decoded) {
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return text;
    }

    /** 1-based line and column (in characters) of byte {@code offset}; the bytes before it are valid UTF-8. */
    private static int[] position(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        try {
            String before = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, lineStart, offset - lineStart)).toString();
            if (line == 1 && before.startsWith("\uFEFF")) {
                before = before.substring(1);
            }
            column = before.codePointCount(0, before.length()) + 1;
        } catch (CharacterCodingException e) {
            column = offset - lineStart + 1;
        }
        return new int[] {line, column};
    }
}
