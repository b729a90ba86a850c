package org.warraq.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextBufferTest {

    @Test
    void encodesEveryKindOfCharacterAsUtf8() {
        String text = "abc عربي ٣ € 😎 <tag> " + "ب".repeat(10_000);
        TextBuffer buffer = new TextBuffer(8);
        buffer.write(text.substring(0, 7));
        buffer.write(text.toCharArray(), 7, 10);
        buffer.append(text.substring(17));
        assertThat(buffer.utf8()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(buffer.toString()).isEqualTo(text);
    }

    @Test
    void keepsASurrogatePairSplitAcrossWrites() {
        TextBuffer buffer = new TextBuffer(8);
        String emoji = "😎";
        buffer.write(emoji.charAt(0));
        buffer.write(emoji.charAt(1));
        assertThat(buffer.utf8()).isEqualTo(emoji.getBytes(StandardCharsets.UTF_8));
    }
}
