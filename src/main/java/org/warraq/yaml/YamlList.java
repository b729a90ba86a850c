package org.warraq.yaml;

import java.util.List;
import org.warraq.diag.Position;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, Position at) implements YamlNode {
    public YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
