package org.warraq.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
    enum Kind { A, B }

    record Inner(String text, Optional<String> maybe) {
    }

    record Outer(String title, int n, long big, boolean flag, Kind kind, OffsetDateTime when,
                 Optional<OffsetDateTime> later, List<Inner> inners, Map<String, String> params, Optional<Inner> one) {
    }

    private static byte[] bytes(RecordCodec<Outer> codec, Outer value) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            codec.write(out, value);
        }
        return buffer.toByteArray();
    }

    @Test
    void aRecordReadBackEqualsTheOneWritten() throws IOException {
        RecordCodec<Outer> codec = RecordCodec.of(Outer.class);
        Outer value = new Outer("عنوان", 7, 1L << 40, true, Kind.B, OffsetDateTime.parse("2024-02-26T14:30+01:00"),
                Optional.empty(), List.of(new Inner("أ", Optional.of("ب")), new Inner("", Optional.empty())),
                Map.of("k", "v"), Optional.of(new Inner("x", Optional.empty())));
        assertThat(codec.read(ByteBuffer.wrap(bytes(codec, value)))).isEqualTo(value);
    }

    @Test
    void truncatedBytesAreRefusedNotMisread() throws IOException {
        RecordCodec<Outer> codec = RecordCodec.of(Outer.class);
        Outer value = new Outer("t", 1, 2, false, Kind.A, OffsetDateTime.parse("2024-01-01T00:00Z"), Optional.empty(),
                List.of(), Map.of(), Optional.empty());
        byte[] all = bytes(codec, value);
        assertThatThrownBy(() -> codec.read(ByteBuffer.wrap(all, 0, all.length - 3).slice()))
                .isInstanceOf(IllegalStateException.class);
    }
}
