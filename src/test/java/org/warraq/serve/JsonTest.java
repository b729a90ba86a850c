package org.warraq.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void escapesEverythingThatCouldBreakOutOfAStringAnHtmlPageOrAnEventLine() {
        String nasty = "a\"b\\c\nd\re\tf\u0000g</script><img onerror=x>&\u2028\u2029\u007f عربي";
        String json = Json.string(nasty);
        assertThat(json).doesNotContain("\n", "\r", "<", ">", "&", "\u2028", "\u2029", "\u0000");
        assertThat(json).contains("عربي");
        assertThat(json).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u0000g\\u003c/script\\u003e\\u003cimg onerror=x\\u003e"
                + "\\u0026\\u2028\\u2029\\u007f عربي\"");
    }

    @Test
    void theStatusIsValidJson() throws Exception {
        BuildStatus status = new BuildStatus("k-2", false,
                List.of("content/2024/x.md:1:1: error: unknown source '\"<b>' (known sources: a)"), "1 error, 0 warnings");
        JsonNode node = new ObjectMapper().readTree(status.toJson());
        assertThat(node.get("version").asText()).isEqualTo("k-2");
        assertThat(node.get("ok").asBoolean()).isFalse();
        assertThat(node.get("problems").get(0).asText()).isEqualTo(status.problems().get(0));
        assertThat(node.get("summary").asText()).isEqualTo("1 error, 0 warnings");
    }
}
