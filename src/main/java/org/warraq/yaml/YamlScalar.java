package org.warraq.yaml;

import org.warraq.diag.Position;

/**
 * A single YAML value. {@code text} is the value as written (for {@code yes} it is "yes", not "true"),
 * {@code kind} is how YAML resolved it.
 */
public record YamlScalar(String text, Kind kind, Position at) implements YamlNode {

    /** How YAML resolved a plain scalar. */
    public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public String describe() {
        return switch (kind) {
            case STRING -> "a text";
            case INTEGER, DECIMAL -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "empty";
        };
    }
}
