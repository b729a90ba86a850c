package org.warraq.config;

import java.util.Optional;

/**
 * A section of the newsroom (politics, economy, sport…) from the {@code sections:} registry of
 * {@code site.yaml}. An article belongs to at most one, named by {@code id} in its {@code section:}; each section
 * has its page {@code /sections/<slug>/} with feeds, an entry in the site's navigation, a block on the home page
 * and the breadcrumbs of its articles.
 *
 * @param id          the key in {@code sections:}, as articles write it in {@code section:}
 * @param slug        the URL segment of its pages
 * @param name        its name as pages show it, e.g. "سياسة"
 * @param description one line about it (its page's description), if given
 * @param image       the image shared on social networks for its stories that have none (an http(s) address, or
 *                    a file of {@code content/} by its content path), if given
 */
public record Section(String id, String slug, String name, Optional<String> description, Optional<String> image) {
}
