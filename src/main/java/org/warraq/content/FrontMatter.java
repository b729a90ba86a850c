package org.warraq.content;

import java.util.Optional;
import org.warraq.diag.Position;
import org.warraq.diag.Problems;

/**
 * The split of an article into its YAML front matter and its Markdown body, by lines, keeping track of
 * where each part starts so positions in either can be given as lines of the file.
 *
 * @param yaml      the text between the {@code ---} lines
 * @param yamlLine  line of the file holding the YAML's first line
 * @param body      the Markdown after the closing line
 * @param bodyLine  line of the file holding the body's first line
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    /** Splits {@code text}; reports a missing or unclosed front matter at line 1. */
    public static Optional<FrontMatter> split(String text, String path, Problems problems) {
        int firstEnd = text.indexOf('\n');
        String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
        if (!isFence(first)) {
            problems.error(path, Position.START, "no front matter",
                    "start the file with a line '---', then title: and date:, then another '---'");
            return Optional.empty();
        }
        int lineNo = 1;
        int pos = firstEnd + 1;
        while (firstEnd >= 0 && pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            lineNo++;
            if (isFence(line) || line.stripTrailing().equals("...")) {
                String yaml = text.substring(firstEnd + 1, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, 2, body, lineNo + 1));
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        problems.error(path, Position.START, "front matter is not closed",
                "add a line '---' after the last key, before the article's text");
        return Optional.empty();
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }
}
