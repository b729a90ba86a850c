package org.warraq.media;

import java.util.Locale;
import java.util.Optional;

/** The image formats Warraq knows: JPEG and PNG get variants; GIF, WebP and SVG are published as they are. */
public enum ImageFormat {
    JPEG("jpg"), PNG("png"), GIF("gif"), WEBP("webp"), SVG("svg");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension variants of this format get. */
    public String extension() {
        return extension;
    }

    /** Whether Warraq publishes smaller copies of images of this format (JPEG stays JPEG, PNG stays PNG). */
    public boolean resizable() {
        return this == JPEG || this == PNG;
    }

    /** Whether social networks take it as a shared image ({@code og:image}): JPEG and PNG. */
    public boolean shareable() {
        return this == JPEG || this == PNG;
    }

    /** The format a file name's extension promises, if it is an image's. */
    public static Optional<ImageFormat> ofName(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "jpg", "jpeg", "jpe" -> Optional.of(JPEG);
            case "png" -> Optional.of(PNG);
            case "gif" -> Optional.of(GIF);
            case "webp" -> Optional.of(WEBP);
            case "svg" -> Optional.of(SVG);
            default -> Optional.empty();
        };
    }
}
