package org.warraq.config;

/** What happens to raw HTML written inside Markdown bodies. */
public enum RawHtml {
    /** Shown as text. */
    ESCAPE,
    /** Cleaned with an allow-list: scripts, event handlers and dangerous URLs removed (the default). */
    SANITIZE,
    /** Passed through untouched: only for content the publisher fully controls. */
    TRUST
}
