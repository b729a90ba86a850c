/**
 * Small helpers with no knowledge of sites: worker threads that keep input order, hashing,
 * fingerprints of values, a record codec for caches and their atomic writing, a UTF-8 text buffer, the web-address
 * rule.
 *
 * <p>Uses: no other Warraq package.
 */
package org.warraq.util;
