package org.warraq.util;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A digest of values: texts, numbers, times, lists, maps, optionals and records (walked component by
 * component). A page's key is the fingerprint of its plan record with the build's salt and its template's
 * hash: two pages with the same key render to the same bytes, which is what lets an incremental build skip
 * them.
 *
 * <p>The digest is 128 bits from two independently seeded 64-bit multiply-xorshift lanes over the UTF-16
 * text: not a cryptographic hash (nothing here is adversarial: a page only ever compares with its own
 * previous version), but fast, since every page of a site is fingerprinted on every build.
 */
public final class Fingerprint {
    private static final long K1 = 0x9E3779B97F4A7C15L;
    private static final long K2 = 0xC2B2AE3D27D4EB4FL;

    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] methods = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                methods[i] = components[i].getAccessor();
                methods[i].setAccessible(true);
            }
            return methods;
        }
    };

    private long a = 0x243F6A8885A308D3L;
    private long b = 0x13198A2E03707344L;
    private long count;

    public Fingerprint add(Object value) {
        feed(value);
        return this;
    }

    /** The digest as 32 hex digits. */
    public String hex() {
        long x = mix(a ^ count);
        long y = mix(b ^ Long.rotateLeft(count, 32) ^ x);
        return hex16(x) + hex16(y);
    }

    private static String hex16(long v) {
        String digits = Long.toHexString(v);
        return "0".repeat(16 - digits.length()) + digits;
    }

    private void put(long v) {
        a = (a ^ v) * K1;
        a ^= a >>> 29;
        b = (b ^ Long.rotateLeft(v, 23)) * K2;
        b ^= b >>> 31;
        count++;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    private void feed(Object value) {
        if (value == null) {
            put(0);
        } else if (value instanceof String s) {
            put(1L << 56 | s.length());
            int i = 0;
            int n = s.length();
            for (; i + 3 < n; i += 4) {
                put((long) s.charAt(i) << 48 | (long) s.charAt(i + 1) << 32 | (long) s.charAt(i + 2) << 16 | s.charAt(i + 3));
            }
            long tail = 0;
            for (; i < n; i++) {
                tail = tail << 16 | s.charAt(i);
            }
            put(tail);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof TemporalAccessor) {
            put(2L << 56);
            feed(value.toString());
        } else if (value instanceof Optional<?> optional) {
            put(6L << 56 | (optional.isPresent() ? 1 : 0));
            if (optional.isPresent()) {
                feed(optional.get());
            }
        } else if (value instanceof List<?> list) {
            put(3L << 56 | list.size());
            for (Object item : list) {
                feed(item);
            }
        } else if (value instanceof Map<?, ?> map) {
            put(4L << 56 | map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                feed(e.getKey());
                feed(e.getValue());
            }
        } else if (value instanceof Record record) {
            put(5L << 56);
            feed(record.getClass().getName());
            for (Method accessor : ACCESSORS.get(record.getClass())) {
                try {
                    feed(accessor.invoke(record));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + accessor, e);
                }
            }
        } else {
            throw new IllegalArgumentException("cannot fingerprint a " + value.getClass().getName());
        }
    }
}
