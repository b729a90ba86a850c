package org.warraq.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {
    @Test
    void decodesSegmentsAsUtf8() {
        RequestPath p = RequestPath.parse("/2024/03/%D8%A3%D9%85%D8%B7%D8%A7%D8%B1-%d8%ba%d8%b2%d9%8a%d8%b1%d8%a9/").orElseThrow();
        assertThat(p.segments()).containsExactly("2024", "03", "أمطار-غزيرة");
        assertThat(p.trailingSlash()).isTrue();
    }

    @Test
    void keepsRawUnicodeAndSpaces() {
        assertThat(RequestPath.parse("/أخبار/a%20b").orElseThrow().segments()).containsExactly("أخبار", "a b");
    }

    @Test
    void dropsEmptySegments() {
        RequestPath p = RequestPath.parse("//a//b").orElseThrow();
        assertThat(p.segments()).containsExactly("a", "b");
        assertThat(p.trailingSlash()).isFalse();
        assertThat(RequestPath.parse("/").orElseThrow().segments()).isEmpty();
    }

    @Test
    void dropsAPrefix() {
        RequestPath p = RequestPath.parse("/news/2024/").orElseThrow();
        assertThat(p.startsWith(List.of("news"))).isTrue();
        assertThat(p.startsWith(List.of("new"))).isFalse();
        assertThat(p.drop(1).segments()).containsExactly("2024");
        assertThat(RequestPath.parse("/news").orElseThrow().drop(1).trailingSlash()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..", "/../x", "/a/../../x", "/.", "/%2e%2e/x", "/%2E%2e/x", "/.%2e/x", "/..%2fx",
            "/%2e%2e%2fx", "/a%2fb", "/a%5cb", "/a\\b", "/..\\x", "/%00", "/a%00.html", "/a%0d%0aLocation:%20x",
            "/c:", "/C:%5cwindows", "/%c0%ae%c0%ae/x", "/%ff", "/%e2%82", "/%", "/%4", "/%zz", "x", "a/b"})
    void refuses(String raw) {
        assertThat(RequestPath.parse(raw)).as(raw).isEmpty();
    }
}
