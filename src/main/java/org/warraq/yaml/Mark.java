package org.warraq.yaml;

/** A 1-based line and column in the file the YAML came from (front-matter offset already added). */
public record Mark(int line, int column) {
}
