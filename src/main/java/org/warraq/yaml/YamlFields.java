package org.warraq.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.warraq.diag.Position;
import org.warraq.diag.Problems;
import org.warraq.diag.Suggestions;

/**
 * Typed, position-aware access to the keys of one YAML mapping. Every wrong type or unknown key becomes a
 * {@link Problem} at the exact line and column, and reading goes on, so one pass reports everything.
 */
public final class YamlFields {
    private final YamlMap map;
    private final String path;
    private final Problems problems;

    public YamlFields(YamlMap map, String path, Problems problems) {
        this.map = map;
        this.path = path;
        this.problems = problems;
    }

    public YamlMap map() {
        return map;
    }

    public String path() {
        return path;
    }

    /** Where problems are reported, for reading nested mappings with their own {@code YamlFields}. */
    public Problems problems() {
        return problems;
    }

    public void error(Position at, String message, String hint) {
        problems.error(path, at, message, hint);
    }

    public void warning(Position at, String message, String hint) {
        problems.warning(path, at, message, hint);
    }

    /** Reports every key that is neither known nor allowed, with the closest known key as a hint. */
    public void rejectUnknown(Collection<String> known, Collection<String> allowed) {
        for (YamlMap.Entry entry : map.entries()) {
            if (known.contains(entry.key()) || allowed.contains(entry.key())) {
                continue;
            }
            String hint = Suggestions.closest(entry.key(), known)
                    .map(k -> "did you mean '" + k + "'?")
                    .orElse("known keys: " + String.join(", ", new TreeSet<>(known)));
            error(entry.keyAt(), "unknown key '" + entry.key() + "'", hint);
        }
    }

    public Optional<YamlMap.Entry> entry(String key) {
        return map.entry(key);
    }

    /** A scalar value as text; absent or {@code null} gives empty; a list or mapping is a problem. */
    public Optional<String> text(String key) {
        Optional<YamlMap.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        YamlNode value = entry.get().value();
        if (value instanceof YamlScalar scalar) {
            return scalar.isNull() ? Optional.empty() : Optional.of(scalar.text());
        }
        error(value.at(), "'" + key + "' must be a single value, not " + value.describe(), "");
        return Optional.empty();
    }

    /** Like {@link #text} but required: missing, null or blank values are problems. */
    public Optional<String> requiredText(String key, Position missingAt, String hint) {
        Optional<YamlMap.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            error(missingAt, "'" + key + "' is missing", hint);
            return Optional.empty();
        }
        YamlNode value = entry.get().value();
        if (value instanceof YamlScalar scalar && (scalar.isNull() || scalar.text().isBlank())) {
            error(entry.get().keyAt(), "'" + key + "' is empty", hint);
            return Optional.empty();
        }
        return text(key);
    }

    /** A list of scalars; a single text value is accepted as a list of one. */
    public List<String> textList(String key) {
        Optional<YamlMap.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            return List.of();
        }
        YamlNode value = entry.get().value();
        if (value instanceof YamlScalar scalar) {
            if (scalar.isNull()) {
                return List.of();
            }
            if (scalar.kind() == YamlScalar.Kind.STRING) {
                return List.of(scalar.text());
            }
            error(scalar.at(), "'" + key + "' must be a list, not " + scalar.describe(),
                    "write " + key + ": [first, second], or quote a single value");
            return List.of();
        }
        if (value instanceof YamlList list) {
            List<String> out = new ArrayList<>();
            for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar scalar && !scalar.isNull()) {
                    out.add(scalar.text());
                } else {
                    error(item.at(), "each item of '" + key + "' must be a single value, not " + item.describe(), "");
                }
            }
            return out;
        }
        error(value.at(), "'" + key + "' must be a list, not " + value.describe(), "");
        return List.of();
    }

    public Optional<Boolean> bool(String key) {
        Optional<YamlMap.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        YamlNode value = entry.get().value();
        if (value instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.BOOLEAN) {
            String t = scalar.text().toLowerCase(java.util.Locale.ROOT);
            return Optional.of(t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y"));
        }
        if (value instanceof YamlScalar scalar && scalar.isNull()) {
            return Optional.empty();
        }
        error(value.at(), "'" + key + "' must be true or false, not " + value.describe(), "");
        return Optional.empty();
    }

    public Optional<Integer> integer(String key, int min, int max) {
        Optional<YamlMap.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        YamlNode value = entry.get().value();
        if (value instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.INTEGER) {
            try {
                int n = Integer.parseInt(scalar.text().replace("_", ""));
                if (n >= min && n <= max) {
                    return Optional.of(n);
                }
            } catch (NumberFormatException e) {
                // out of int range: reported below
            }
            error(scalar.at(), "'" + key + "' must be between " + min + " and " + max, "");
            return Optional.empty();
        }
        error(value.at(), "'" + key + "' must be a whole number, not " + value.describe(), "");
        return Optional.empty();
    }

    /** A nested mapping; other kinds are a problem. */
    public Optional<YamlMap> mapping(String key) {
        Optional<YamlMap.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        YamlNode value = entry.get().value();
        if (value instanceof YamlMap nested) {
            return Optional.of(nested);
        }
        if (value instanceof YamlScalar scalar && scalar.isNull()) {
            return Optional.empty();
        }
        error(value.at(), "'" + key + "' must be a mapping of keys and values, not " + value.describe(), "");
        return Optional.empty();
    }
}
