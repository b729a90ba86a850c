package org.warraq.search;

/**
 * One file of the search index to publish.
 *
 * @param path  below the index's folder, '/'-separated ("index.json", "t/62d-643.json", "p/7e-62d.3.json")
 * @param key   a digest of its content: the published file is current when its key is the same
 * @param bytes its content (UTF-8 JSON)
 */
public record SearchFile(String path, String key, byte[] bytes) {
}
