/**
 * The render stage: {@code Renderer} makes every planned file whose key changed: pages through the
 * one FreeMarker configuration ({@code TemplateEngine}) with the view record each kind gets ({@code
 * Views}, a {@code PagePlan.Visitor}), article bodies (through the load stage's {@code
 * BodySource}), JSON-LD, feeds, sitemaps and the search index (its articles indexed from the bodies
 * the page pass renders, {@code SiteSearch}).
 *
 * <p>Uses: {@code config}, {@code content}, {@code diag}, {@code files}, {@code index}, {@code
 * media}, {@code output}, {@code plan}, {@code publish}, {@code render.view}, {@code routes}, {@code search},
 * {@code text}, {@code theme}, {@code util}.
 */
package org.warraq.render;
