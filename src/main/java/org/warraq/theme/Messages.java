package org.warraq.theme;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.warraq.diag.Problems;
import org.warraq.files.SourceText;
import org.warraq.util.Hashing;
import org.warraq.yaml.YamlFields;
import org.warraq.yaml.YamlMap;
import org.warraq.yaml.YamlNode;
import org.warraq.yaml.YamlReader;
import org.warraq.yaml.YamlScalar;

/**
 * The theme's words: {@code messages/<language>.yaml} of the theme, chosen by the site's {@code language}
 * with a fallback ({@code ar-MA}, then {@code ar}, then the default theme's {@code ar}); a key in the
 * publisher's file replaces the default theme's. Each value is an ICU MessageFormat pattern; plural forms
 * follow the language's CLDR rules, numbers ({@code #}) are written in the site's digits without grouping
 * separators. Problems in a file are reported at their line and column.
 */
public final class Messages {
    /** The folder of the theme that holds the message files. */
    public static final String FOLDER = "messages";
    /** The language of the default theme's words, the last fallback. */
    public static final String DEFAULT_LANGUAGE = "ar";

    private static final List<String> PLURAL_CATEGORIES = List.of("zero", "one", "two", "few", "many", "other");

    private final Map<String, MessageFormat> formats;
    private final Map<String, String> words;
    private final ULocale locale;

    private Messages(Map<String, MessageFormat> formats, Map<String, String> words, ULocale locale) {
        this.formats = formats;
        this.words = words;
        this.locale = locale;
    }

    /** The message files that {@code language} reads, most general first. */
    public static List<String> files(String language) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(DEFAULT_LANGUAGE);
        String[] parts = language.split("-");
        StringBuilder tag = new StringBuilder();
        for (String part : parts) {
            tag.append(tag.length() == 0 ? "" : "-").append(part);
            tags.add(tag.toString());
        }
        return tags.stream().map(t -> FOLDER + "/" + t + ".yaml").toList();
    }

    /**
     * Reads the messages of {@code language} from {@code theme}; {@code digitSystem} is the CLDR numbering
     * system of the site's digits ("latn", "arab").
     */
    public static Messages load(Theme theme, String language, String digitSystem, Problems problems) {
        Map<String, String> patterns = new TreeMap<>();
        for (String file : files(language)) {
            read(theme, file, theme.readDefault(file), patterns, problems, false);
            read(theme, file, theme.readOwn(file), patterns, problems, true);
        }
        ULocale locale = ULocale.forLanguageTag(language + "-u-nu-" + digitSystem);
        Map<String, MessageFormat> formats = new HashMap<>();
        Map<String, String> words = new TreeMap<>();
        patterns.forEach((key, pattern) -> {
            MessageFormat format = new MessageFormat(withoutGrouping(pattern), locale);
            formats.put(key, format);
            if (format.getArgumentNames().isEmpty()) {
                words.put(key, format.format(Map.of()));
            }
        });
        return new Messages(formats, Collections.unmodifiableMap(words), locale);
    }

    private static void read(Theme theme, String file, Optional<byte[]> bytes, Map<String, String> patterns,
                             Problems problems, boolean own) {
        if (bytes.isEmpty()) {
            return;
        }
        String path = own ? theme.displayOwn(file) : theme.displayDefault(file);
        Optional<YamlNode> tree = SourceText.decode(bytes.get(), path, problems)
                .flatMap(text -> new YamlReader(1 << 20).read(text, path, 0, problems));
        if (tree.isEmpty()) {
            return;
        }
        if (!(tree.get() instanceof YamlMap map)) {
            problems.error(path, tree.get().at(), "a message file is a mapping of keys and texts", "e.g. home: الرئيسية");
            return;
        }
        YamlFields fields = new YamlFields(map, path, problems);
        for (YamlMap.Entry entry : map.entries()) {
            if (!(entry.value() instanceof YamlScalar scalar) || scalar.isNull()) {
                fields.error(entry.value().at(), "message '" + entry.key() + "' must be a text, not " + entry.value().describe(),
                        "quote it if it starts with a special character");
                continue;
            }
            try {
                new MessagePattern(scalar.text());
            } catch (IllegalArgumentException e) {
                fields.error(entry.value().at(), "message '" + entry.key() + "' is not a valid message: " + e.getMessage(),
                        "values go in {braces}; plural forms are {n, plural, one{…} other{# …}}; quote a literal { as '{'");
                continue;
            }
            patterns.put(entry.key(), scalar.text());
        }
    }

    /**
     * {@code pattern} with each {@code #} of a plural form written as {@code {name, number, ::group-off}}:
     * numbers on pages never have grouping separators (ICU would write "1,234").
     */
    static String withoutGrouping(String pattern) {
        if (pattern.indexOf('#') < 0) {
            return pattern;
        }
        MessagePattern parsed = new MessagePattern(pattern);
        Deque<String> plurals = new ArrayDeque<>();
        List<int[]> replace = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            switch (part.getType()) {
                case ARG_START -> {
                    boolean plural = part.getArgType() == MessagePattern.ArgType.PLURAL;
                    MessagePattern.Part name = parsed.getPart(i + 1);
                    boolean offset = plural && i + 3 < parsed.countParts()
                            && parsed.getPart(i + 2).getType() == MessagePattern.Part.Type.ARG_INT;
                    plurals.push(plural && !offset ? parsed.getSubstring(name) : "");
                }
                case ARG_LIMIT -> plurals.pop();
                case REPLACE_NUMBER -> {
                    if (!plurals.isEmpty() && !plurals.peek().isEmpty()) {
                        replace.add(new int[] {part.getIndex(), part.getLength()});
                        names.add(plurals.peek());
                    }
                }
                default -> {
                }
            }
        }
        StringBuilder out = new StringBuilder(pattern);
        for (int i = replace.size() - 1; i >= 0; i--) {
            int[] at = replace.get(i);
            out.replace(at[0], at[0] + at[1], "{" + names.get(i) + ", number, ::group-off}");
        }
        return out.toString();
    }

    /**
     * Every message without values, as templates see them ({@code site.words.<key>}).
     */
    public Map<String, String> words() {
        return words;
    }

    /** The message {@code key} without values. */
    public String text(String key) {
        String text = words.get(key);
        if (text == null) {
            throw new IllegalStateException("the default theme has no message '" + key + "'");
        }
        return text;
    }

    /** The message {@code key} with its values, given as name, value, name, value… */
    public String format(String key, Object... namesAndValues) {
        MessageFormat format = formats.get(key);
        if (format == null) {
            throw new IllegalStateException("the default theme has no message '" + key + "'");
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        synchronized (format) {
            return format.format(values);
        }
    }

    /**
     * The message {@code key} in each plural form of the site's language, for a script that counts in the
     * browser: by CLDR category (Arabic: zero, one, two, few, many, other), the text for a number of that
     * category, in which the argument {@code shown} is left as the text {@code {shown}} for the script to fill
     * in. {@code count} is the argument that chooses the form. The forms are in CLDR's order.
     */
    public Map<String, String> pluralForms(String key, String count, String shown) {
        PluralRules rules = PluralRules.forLocale(locale);
        Map<String, String> forms = new LinkedHashMap<>();
        for (String category : PLURAL_CATEGORIES) {
            if (!rules.getKeywords().contains(category)) {
                continue;
            }
            Collection<Double> samples = rules.getSamples(category);
            Optional<Double> whole = samples == null ? Optional.empty()
                    : samples.stream().filter(d -> d == Math.rint(d)).findFirst();
            whole.ifPresent(n -> forms.put(category, format(key, count, n.longValue(), shown, "{" + shown + "}")));
        }
        return Collections.unmodifiableMap(forms);
    }

    /** A hash of every message file {@code language} reads (the publisher's and the default theme's). */
    public static String hash(Theme theme, String language) {
        StringBuilder all = new StringBuilder();
        for (String file : files(language)) {
            all.append(file).append('\0')
                    .append(theme.readDefault(file).map(b -> new String(b, StandardCharsets.UTF_8)).orElse("-")).append('\0')
                    .append(theme.readOwn(file).map(b -> new String(b, StandardCharsets.UTF_8)).orElse("-")).append('\n');
        }
        return Hashing.hex(all.toString());
    }
}
