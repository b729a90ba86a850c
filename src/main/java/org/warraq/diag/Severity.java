package org.warraq.diag;

/** How bad a {@link Problem} is: errors fail the build, warnings fail it only under {@code --strict}. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed in a problem line, e.g. {@code error}. */
    public String label() {
        return label;
    }
}
