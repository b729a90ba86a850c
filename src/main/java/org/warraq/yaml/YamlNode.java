package org.warraq.yaml;

import org.warraq.diag.Position;

/** A YAML value that remembers where it was written, so every problem can name its line and column. */
public sealed interface YamlNode permits YamlScalar, YamlList, YamlMap {
    Position at();

    /** What kind of value this is, in words for error messages ("a list", "a number"). */
    String describe();
}
