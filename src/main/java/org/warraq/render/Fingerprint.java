package org.warraq.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.warraq.util.Hashing;

/**
 * A digest of everything a page is made from: its view record, walked component by component, plus any
 * extra inputs (template hash, article file hash, build salt). Two pages with the same fingerprint render
 * to the same bytes, which is what lets an incremental build skip them.
 */
public final class Fingerprint {
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

    private final MessageDigest digest = Hashing.sha256();

    public Fingerprint add(Object value) {
        feed(value);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void feed(Object value) {
        if (value == null) {
            digest.update((byte) 0);
        } else if (value instanceof String s) {
            digest.update((byte) 1);
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            length(bytes.length);
            digest.update(bytes);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            digest.update((byte) 2);
            feed(value.toString());
        } else if (value instanceof List<?> list) {
            digest.update((byte) 3);
            length(list.size());
            for (Object item : list) {
                feed(item);
            }
        } else if (value instanceof Map<?, ?> map) {
            digest.update((byte) 4);
            length(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                feed(e.getKey());
                feed(e.getValue());
            }
        } else if (value instanceof Record record) {
            digest.update((byte) 5);
            feed(record.getClass().getName());
            for (Method accessor : accessors(record.getClass())) {
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

    private void length(int n) {
        digest.update((byte) (n >>> 24));
        digest.update((byte) (n >>> 16));
        digest.update((byte) (n >>> 8));
        digest.update((byte) n);
    }

    private static Method[] accessors(Class<?> type) {
        return ACCESSORS.get(type);
    }
}
