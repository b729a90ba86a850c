package org.warraq.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * URL slugs that stay in Arabic. One function makes the slug used for the file name and for every link
 * (links are percent-encoded from the same string by the router).
 *
 * <p>Rules: NFKC (so presentation forms and ligatures become plain letters, and a decomposed hamza joins
 * its alef), tashkeel, Quranic marks, superscript alef and tatweel removed, Latin lower-cased, letters
 * and digits of every script kept, every run of anything else (spaces, punctuation, symbols, emoji)
 * becomes one hyphen, no hyphen at either end, and the length capped at a word boundary: at most
 * {@link #MAX_LENGTH} characters and {@link #MAX_BYTES} bytes, so every slug is a name any file system takes.
 */
public final class Slugs {
    /** Longest slug in characters. */
    public static final int MAX_LENGTH = 80;
    /**
     * Longest slug in bytes of UTF-8, as file systems count file names (255 at most): 80 Arabic letters are
     * 160 bytes, but 80 letters of a script written with four bytes each would be 320. The margin leaves room
     * for what is added to a slug ({@code .md} for {@code warraq new}).
     */
    public static final int MAX_BYTES = 200;

    private Slugs() {
    }

    /** The slug of any text; may be empty when the text has no letters or digits. */
    public static String slugify(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normal.length());
        boolean gap = false;
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            if (isDroppedMark(cp) || cp == '\'' || cp == '\u2019' || cp == '\u200C' || cp == '\u200D') {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                out.appendCodePoint(Character.toLowerCase(cp));
                gap = false;
            } else {
                gap = true;
            }
        }
        return cap(out.toString());
    }

    /**
     * Checks an explicit {@code slug:} from front matter before it is normalised: path separators,
     * {@code ..}, drive letters and control characters are refused outright rather than quietly rewritten.
     *
     * @return the reason it is refused, or empty when it is acceptable
     */
    public static Optional<String> refuse(String slug) {
        if (slug.contains("/") || slug.contains("\\")) {
            return Optional.of("slug must not contain '/' or '\\'");
        }
        if (slug.contains("..")) {
            return Optional.of("slug must not contain '..'");
        }
        if (slug.length() >= 2 && Character.isLetter(slug.charAt(0)) && slug.charAt(1) == ':') {
            return Optional.of("slug must not start with a drive letter");
        }
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            if (Character.isISOControl(c)) {
                return Optional.of(String.format(Locale.ROOT, "slug must not contain control character U+%04X", (int) c));
            }
        }
        if (slugify(slug).isEmpty()) {
            return Optional.of("slug has no letters or digits left after normalisation");
        }
        return Optional.empty();
    }

    /** Tashkeel, Quranic annotation marks, superscript alef, tatweel, and any other combining mark. */
    static boolean isDroppedMark(int cp) {
        if (cp == 0x0640) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static String cap(String slug) {
        int end = 0;
        int count = 0;
        int bytes = 0;
        while (end < slug.length()) {
            int cp = slug.codePointAt(end);
            int size = utf8Length(cp);
            if (count == MAX_LENGTH || bytes + size > MAX_BYTES) {
                break;
            }
            count++;
            bytes += size;
            end += Character.charCount(cp);
        }
        if (end == slug.length()) {
            return slug;
        }
        int cut = slug.charAt(end) == '-' ? end : slug.lastIndexOf('-', end);
        return cut > 0 ? slug.substring(0, cut) : slug.substring(0, end);
    }

    /** The bytes of {@code cp} in UTF-8. */
    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
