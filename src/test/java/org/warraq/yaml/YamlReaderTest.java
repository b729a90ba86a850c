package org.warraq.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.warraq.diag.Position;
import org.warraq.diag.Problem;
import org.warraq.diag.Problems;

class YamlReaderTest {
    private final YamlReader reader = new YamlReader(1 << 20);
    private Problems problems = new Problems();

    @Test
    void keepsPositionsShiftedByTheFrontMatterOffset() {
        YamlMap map = (YamlMap) reader.read("title: خبر\ntags:\n  - أ\n  - ب\n", "x.md", 1, problems).orElseThrow();
        assertThat(map.entry("title").orElseThrow().keyAt()).isEqualTo(new Position(2, 1));
        assertThat(map.get("title").orElseThrow().at()).isEqualTo(new Position(2, 8));
        YamlList tags = (YamlList) map.get("tags").orElseThrow();
        assertThat(tags.items()).extracting(YamlNode::at).containsExactly(new Position(4, 5), new Position(5, 5));
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void keepsScalarsAsWrittenAndResolvesTheirKind() {
        YamlMap map = (YamlMap) reader.read("a: yes\nb: 2024\nc: ~\nd: \"2024\"\n", "x.md", 0, problems).orElseThrow();
        assertThat((YamlScalar) map.get("a").orElseThrow()).extracting(YamlScalar::text, YamlScalar::kind)
                .containsExactly("yes", YamlScalar.Kind.BOOLEAN);
        assertThat(((YamlScalar) map.get("b").orElseThrow()).kind()).isEqualTo(YamlScalar.Kind.INTEGER);
        assertThat(((YamlScalar) map.get("c").orElseThrow()).isNull()).isTrue();
        assertThat(((YamlScalar) map.get("d").orElseThrow()).kind()).isEqualTo(YamlScalar.Kind.STRING);
    }

    @Test
    void anEmptyDocumentIsAnEmptyMapping() {
        assertThat(reader.read("", "x.md", 1, problems)).containsInstanceOf(YamlMap.class);
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void stopsAtTheFirstAliasAndPastTheDepthLimit() {
        assertThat(reader.read("a: &x [1]\nb: *x\nc: *x\n", "x.md", 0, problems)).isEmpty();
        assertThat(problems.list()).extracting(Problem::format)
                .containsExactly("x.md:2:4: error: YAML aliases (*x) are not allowed (write the value out in full)");
        problems = new Problems();
        assertThat(reader.read("a: " + "[".repeat(40) + "]".repeat(40), "x.md", 0, problems)).isEmpty();
        assertThat(problems.list()).extracting(Problem::message).containsExactly("YAML is nested more than 16 levels deep");
    }
}
