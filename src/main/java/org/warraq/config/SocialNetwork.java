package org.warraq.config;

import java.util.Locale;

/**
 * The profiles an author may list under {@code social:}, in the order pages show them. The key is what
 * {@code site.yaml} writes; the theme names each with the message {@code social_<key>}.
 */
public enum SocialNetwork {
    X, FACEBOOK, INSTAGRAM, LINKEDIN, YOUTUBE, TIKTOK, TELEGRAM, WHATSAPP, EMAIL, WEBSITE;

    /** How {@code site.yaml} writes it: {@code x}, {@code facebook}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
