package org.warraq.yaml;

import java.util.List;
import java.util.Optional;
import org.warraq.diag.Position;

/** A YAML mapping, keys in the order written (duplicates are rejected by the reader). */
public record YamlMap(List<Entry> entries, Position at) implements YamlNode {

    /** One {@code key: value} pair, with the position of the key. */
    public record Entry(String key, Position keyAt, YamlNode value) {
    }

    public YamlMap {
        entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String key) {
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public Optional<YamlNode> get(String key) {
        return entry(key).map(Entry::value);
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
