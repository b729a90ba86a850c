/**
 * The plan stage: {@code SitePlan}, everything the site will contain, each file with its route: the
 * page plans (one sealed {@code PagePlan} hierarchy with a visitor, each plan holding exactly the
 * facts its page shows, so its fingerprint is its key), feeds, sitemaps and copied files; two
 * outputs at one path are problems.
 *
 * <p>Uses: {@code config}, {@code content}, {@code diag}, {@code files}, {@code index}, {@code
 * media}, {@code routes}, {@code theme}, {@code util}.
 */
package org.warraq.plan;
