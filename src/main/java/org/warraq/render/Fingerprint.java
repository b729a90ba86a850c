package org.warraq.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
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
    private final byte[] buffer = new byte[8192];
    private int used;

    public Fingerprint add(Object value) {
        feed(value);
        return this;
    }

    public String hex() {
        flush();
        return HexFormat.of().formatHex(digest.digest());
    }

    private void feed(Object value) {
        if (value == null) {
            put((byte) 0);
        } else if (value instanceof String s) {
            put((byte) 1);
            length(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                put((byte) (c >>> 8));
                put((byte) c);
            }
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            put((byte) 2);
            feed(value.toString());
        } else if (value instanceof List<?> list) {
            put((byte) 3);
            length(list.size());
            for (Object item : list) {
                feed(item);
            }
        } else if (value instanceof Map<?, ?> map) {
            put((byte) 4);
            length(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                feed(e.getKey());
                feed(e.getValue());
            }
        } else if (value instanceof Record record) {
            put((byte) 5);
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
        put((byte) (n >>> 24));
        put((byte) (n >>> 16));
        put((byte) (n >>> 8));
        put((byte) n);
    }

    private void put(byte b) {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = b;
    }

    private void flush() {
        digest.update(buffer, 0, used);
        used = 0;
    }

    private static Method[] accessors(Class<?> type) {
        return ACCESSORS.get(type);
    }
}
