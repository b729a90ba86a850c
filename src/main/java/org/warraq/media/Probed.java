package org.warraq.media;

import java.util.Optional;

/**
 * What probing one image file found: its facts, or why it cannot be published as an image.
 *
 * @param facts   the facts, when the file is a readable image
 * @param problem what is wrong, when it is not (empty otherwise)
 * @param hint    what to do about it
 */
public record Probed(Optional<ImageFacts> facts, String problem, String hint) {
    static Probed of(ImageFacts facts) {
        return new Probed(Optional.of(facts), "", "");
    }

    static Probed failed(String problem, String hint) {
        return new Probed(Optional.empty(), problem, hint);
    }
}
