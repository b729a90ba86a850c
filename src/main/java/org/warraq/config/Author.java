package org.warraq.config;

import java.util.Map;
import java.util.Optional;

/**
 * A registered author from the {@code authors:} registry of {@code site.yaml}. An article's {@code author:}
 * that is a registry id links its byline to the author's page {@code /authors/<slug>/} (bio, photo, stories,
 * feeds); any other name stays a plain byline.
 *
 * @param id     the key in {@code authors:}, as articles write it in {@code author:}
 * @param slug   the URL segment of the author's pages
 * @param name   the name bylines show
 * @param bio    a few lines about the author, if given
 * @param image  the author's photo (an http(s) address, or a file of {@code content/} by its content path), if given
 * @param url    the author's own page elsewhere, if given
 * @param social the author's profiles by network, in the order of {@link SocialNetwork}: http(s) addresses
 *               ({@code mailto:} for email)
 */
public record Author(String id, String slug, String name, Optional<String> bio, Optional<String> image,
                     Optional<String> url, Map<SocialNetwork, String> social) {
    public Author {
        java.util.EnumMap<SocialNetwork, String> ordered = new java.util.EnumMap<>(SocialNetwork.class);
        ordered.putAll(social);
        social = java.util.Collections.unmodifiableMap(ordered);
    }
}
