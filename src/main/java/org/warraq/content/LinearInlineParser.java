package org.warraq.content;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser without the paths that made a paragraph cost the square of its length. The
 * results are flexmark's own; only the work to reach them changes:
 *
 * <ul>
 * <li>A regular-expression match reads its bounds from the matcher: on JDK 17, {@code Matcher.toMatchResult()}
 *     copies all the text it searched, and flexmark called it on every match of the rest of a paragraph
 *     (every link, entity, code span...).</li>
 * <li>A run of backticks with no closing run of the same length is text at once, from an index of the
 *     paragraph's runs, instead of after a search to the end of the paragraph.</li>
 * <li>{@code <?}, {@code <![CDATA[} and {@code <!X} are text at once when their end ({@code ?>} on the same
 *     line, {@code ]]>}, {@code >}) does not follow.</li>
 * <li>A link destination may nest parentheses 32 deep, as in cmark (CommonMark lets implementations limit it);
 *     deeper, it is no link, instead of a search to the end of the paragraph for every {@code ](}.</li>
 * <li>A link title ({@code "..."}, {@code '...'}, {@code (...)}) is found by a scan whose results are kept for
 *     the paragraph, where flexmark's regular expression searched (and recursed) to the end of the paragraph
 *     for every title that does not close.</li>
 * </ul>
 *
 * The quadratic paths this cannot reach (emphasis delimiters, brackets, escapes) cost the square of the
 * formatting marks of one paragraph, at most {@link #MAX_MARKS}, and the cube of the character references
 * in one run without spaces, at most {@link #MAX_WORD_REFERENCES}; a paragraph with more is refused.
 * {@link MarkdownLimits} bounds the rest.
 */
final class LinearInlineParser extends InlineParserImpl {
    /** The deepest nesting of parentheses in a link destination (cmark's limit). */
    static final int MAX_DESTINATION_PARENS = 32;
    /** Runs of {@code * _ ~}, {@code [}, backslash escapes and {@code &} entities one paragraph may hold. */
    static final int MAX_MARKS = 1_000;
    /**
     * Character references in one run without spaces: the autolink extension looks at all the text and
     * references of such a run from each of its pieces, at a cost of the cube of their number.
     */
    static final int MAX_WORD_REFERENCES = 16;

    private BasedSequence indexed;
    private Map<Integer, Integer> lastTickRun;
    private final Finder piEnd = new Finder("?>");
    private final Finder cdataEnd = new Finder("]]>");
    private final Finder declarationEnd = new Finder(">");
    private final Finder lineEnd = new Finder(null);
    private final TitleEnds[] titles = new TitleEnds[3];

    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                       Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                       List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public void parse(BasedSequence content, Node block) {
        int marks = 0;
        int referencesInWord = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            boolean reference = c == '&' && i + 1 < content.length()
                    && (content.charAt(i + 1) == '#' || isAsciiLetter(content.charAt(i + 1)));
            boolean mark = switch (c) {
                case '*', '_', '~' -> i == 0 || content.charAt(i - 1) != c;
                case '[' -> true;
                case '\\' -> i + 1 < content.length() && isAsciiPunctuation(content.charAt(i + 1));
                default -> reference;
            };
            if (mark && ++marks > MAX_MARKS) {
                throw new MarkdownRunner.Refused(content.getIndexOffset(i), String.format(Locale.ROOT,
                        "more than %,d formatting marks (* _ ~ [ \\ &) in one paragraph", MAX_MARKS),
                        "split it into paragraphs with blank lines");
            }
            referencesInWord = Character.isWhitespace(c) ? 0 : referencesInWord + (reference ? 1 : 0);
            if (referencesInWord > MAX_WORD_REFERENCES) {
                throw new MarkdownRunner.Refused(content.getIndexOffset(i), String.format(Locale.ROOT,
                        "more than %d character references (&...;) without a space between them", MAX_WORD_REFERENCES),
                        "write the characters themselves, or put spaces between the references");
            }
        }
        super.parse(content, block);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }

    @Override
    protected boolean parseBackticks() {
        int length = 0;
        while (index + length < input.length() && input.charAt(index + length) == '`') {
            length++;
        }
        if (length > 0 && tickRuns().getOrDefault(length, -1) < index + length) {
            BasedSequence ticks = input.subSequence(index, index + length);
            index += length;
            appendText(ticks);
            return true;
        }
        return super.parseBackticks();
    }

    @Override
    public boolean parseHtmlInline() {
        reindex();
        if (startsWith(index, "<?")) {
            if (!piEnd.existsFrom(input, index + 2) || piEnd.at() > lineEnd.from(input, index + 2)) {
                return false;
            }
        } else if (startsWith(index, "<![CDATA[")) {
            if (!cdataEnd.existsFrom(input, index + 9)) {
                return false;
            }
        } else if (startsWith(index, "<!") && index + 2 < input.length() && isAsciiLetter(input.charAt(index + 2))) {
            if (!declarationEnd.existsFrom(input, index + 2)) {
                return false;
            }
        }
        return super.parseHtmlInline();
    }

    @Override
    public BasedSequence parseLinkDestination() {
        BasedSequence angles = match(myParsing.LINK_DESTINATION_ANGLES);
        if (angles != null) {
            return angles;
        }
        if (linkDestinationParser != null && linkDestinationParser.allowMatchedParentheses
                && !linkDestinationParser.spaceInUrls && !linkDestinationParser.parseJekyllMacrosInUrls
                && !linkDestinationParser.intellijDummyIdentifier && parensTooDeep(index)) {
            return null;
        }
        return super.parseLinkDestination();
    }

    @Override
    public BasedSequence parseLinkTitle() {
        if (index >= input.length()) {
            return null;
        }
        char open = input.charAt(index);
        int kind = "\"'(".indexOf(open);
        if (kind < 0) {
            return null;
        }
        reindex();
        if (titles[kind] == null) {
            titles[kind] = new TitleEnds(open == '(' ? ')' : open);
        }
        int end = titles[kind].end(input, index + 1);
        if (end < 0) {
            return null;
        }
        BasedSequence title = input.subSequence(index, end);
        index = end;
        return title;
    }

    /**
     * Whether the destination starting at {@code from} opens more than {@link #MAX_DESTINATION_PARENS}
     * parentheses before it ends, by the rules of flexmark's {@code LinkDestinationParser} (it ends at a space
     * or control character, or at a {@code )} that closes nothing; {@code \} escapes punctuation).
     */
    private boolean parensTooDeep(int from) {
        int depth = 0;
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                if (i + 1 < input.length() && isAsciiPunctuation(input.charAt(i + 1))) {
                    i++;
                }
            } else if (c == '(') {
                if (++depth > MAX_DESTINATION_PARENS) {
                    return true;
                }
            } else if (c == ')') {
                if (depth == 0) {
                    return false;
                }
                depth--;
            } else if (c <= ' ') {
                return false;
            }
        }
        return false;
    }

    /** For the paragraph being parsed: the start of the last run of backticks of each length. */
    private Map<Integer, Integer> tickRuns() {
        reindex();
        if (lastTickRun == null) {
            lastTickRun = new HashMap<>();
            for (int i = 0; i < input.length(); ) {
                if (input.charAt(i) != '`') {
                    i++;
                    continue;
                }
                int start = i;
                while (i < input.length() && input.charAt(i) == '`') {
                    i++;
                }
                lastTickRun.put(i - start, start);
            }
        }
        return lastTickRun;
    }

    /** Forgets what was found in the previous paragraph's text. */
    private void reindex() {
        if (indexed != input) {
            indexed = input;
            lastTickRun = null;
            piEnd.reset();
            cdataEnd.reset();
            declarationEnd.reset();
            lineEnd.reset();
            titles[0] = null;
            titles[1] = null;
            titles[2] = null;
        }
    }

    private boolean startsWith(int at, String prefix) {
        if (at + prefix.length() > input.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toUpperCase(input.charAt(at + i)) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiPunctuation(char c) {
        return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
    }

    /**
     * The next occurrence of a string (or, without one, of a line terminator as {@code .} in a regular
     * expression knows them) at or after a position. Positions asked for grow as the parser moves on, so
     * the text is scanned about once however many times it is asked.
     */
    private static final class Finder {
        private final String needle;
        private int from = -1;
        private int found = -1;

        Finder(String needle) {
            this.needle = needle;
        }

        void reset() {
            from = -1;
            found = -1;
        }

        boolean existsFrom(BasedSequence text, int at) {
            if (from < 0 || at < from || (found >= 0 && found < at)) {
                from = at;
                found = search(text, at);
            }
            return found >= 0;
        }

        int at() {
            return found;
        }

        /** The position found from {@code at}, or the text's length when there is none. */
        int from(BasedSequence text, int at) {
            return existsFrom(text, at) ? found : text.length();
        }

        private int search(BasedSequence text, int at) {
            if (needle != null) {
                return at > text.length() ? -1 : text.indexOf(needle, at);
            }
            for (int i = at; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * Where a link title ends, as flexmark's {@code LINK_TITLE} expression matches it: after the opening quote or
     * parenthesis, characters and backslash escapes up to the first closing character that no backslash escapes;
     * failing that (the title runs to the end), up to the last escaped one, which the expression then takes as
     * a backslash and a closing character. Positions asked for only grow, so the text is scanned about once.
     */
    static final class TitleEnds {
        private final char close;
        private int from = -1;
        private int found = -1;
        private int lastEscaped = -2;

        TitleEnds(char close) {
            this.close = close;
        }

        /** The end of the title whose text starts at {@code start} (just after its opening character), or -1. */
        int end(CharSequence text, int start) {
            if (from < 0 || start < from || (found >= 0 && found < start)) {
                from = start;
                found = firstUnescaped(text, start);
            }
            if (found >= 0) {
                return found + 1;
            }
            if (lastEscaped == -2) {
                lastEscaped = lastEscaped(text);
            }
            return lastEscaped >= start ? lastEscaped + 1 : -1;
        }

        private int firstUnescaped(CharSequence text, int start) {
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
                    i++;
                } else if (c == close) {
                    return i;
                }
            }
            return -1;
        }

        /** The last closing character a backslash escapes (runs of backslashes pair up from their start). */
        private int lastEscaped(CharSequence text) {
            int last = -1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
                    if (text.charAt(i + 1) == close) {
                        last = i + 1;
                    }
                    i++;
                }
            }
            return last;
        }
    }
}
