package org.warraq.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.warraq.diag.Position;
import org.warraq.diag.Problems;

/**
 * Turns the bytes of a text file into the text an editor shows: strict UTF-8 (the first bad byte is
 * reported with its line and column), no NUL bytes, an optional BOM dropped, and CRLF or CR line ends
 * made LF (line numbers do not change).
 */
public final class SourceText {
    private SourceText() {
    }

    public static Optional<String> decode(byte[] bytes, String path, Problems problems) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.error(path, Position.inUtf8(bytes, i), "file contains a NUL byte",
                        "this looks like a binary file; content files must be UTF-8 text");
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
            problems.error(path, Position.inUtf8(bytes, in.position()),
                    String.format(java.util.Locale.ROOT, "invalid UTF-8 (byte 0x%02X)", bytes[in.position()] & 0xFF),
                    "save the file as UTF-8; it may be in Windows-1256 or another legacy encoding");
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
}
