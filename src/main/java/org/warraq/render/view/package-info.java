/**
 * The template-facing model: immutable records, one per page kind, and the small records they are made
 * of. Templates see nothing else (no services, no Java API). Every page template receives its page
 * record as the data model's root, so {@code ${site.title}}, {@code ${head.title}} and the page's own
 * fields are top-level names. Values that may be absent are {@code null} in Java and must be tested in
 * templates with {@code ??} or given a default with {@code !}. Every URL is ready to use in an
 * {@code href} (relative to the page it is on, already percent-encoded); every text is plain text, which
 * the HTML output format escapes; {@link org.warraq.render.view.Html} values are markup produced and
 * sanitised by Warraq. Numbers that readers see come as text in the site's digits ({@code ...Text}).
 *
 * <p>docs/templates.md lists every variable of every template.
 *
 * <p>Uses: no other Warraq package.
 */
package org.warraq.render.view;
