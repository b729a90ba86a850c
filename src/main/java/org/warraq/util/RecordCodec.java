package org.warraq.util;

import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compact binary form of a record, derived from its components (no field is listed by hand): texts,
 * whole numbers, booleans, enums, {@link OffsetDateTime}s, and {@link Optional}s, {@link List}s, {@link Map}s
 * and records of these, nested. A record read back equals the one written. Used for the build cache, where a
 * new component needs no code: the cache's format follows the record.
 *
 * @param <T> the record type
 */
public final class RecordCodec<T extends Record> {
    private final Codec codec;

    private RecordCodec(Class<T> type) {
        this.codec = codec(type);
    }

    public static <T extends Record> RecordCodec<T> of(Class<T> type) {
        return new RecordCodec<>(type);
    }

    public void write(DataOutputStream out, T value) throws IOException {
        codec.write(out, value);
    }

    /**
     * Reads one record.
     *
     * @throws IllegalStateException when the bytes are not a record of this type (a corrupt or older file)
     */
    @SuppressWarnings("unchecked")
    public T read(ByteBuffer in) {
        try {
            return (T) codec.read(in);
        } catch (RuntimeException e) {
            throw new IllegalStateException("not a cached record", e);
        }
    }

    /** How one type is written and read. */
    private interface Codec {
        void write(DataOutputStream out, Object value) throws IOException;

        Object read(ByteBuffer in);
    }

    private static Codec codec(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == Optional.class) {
                return optional(codec(args[0]));
            } else if (raw == List.class) {
                return list(codec(args[0]));
            } else if (raw == Map.class) {
                return map(codec(args[0]), codec(args[1]));
            }
            throw new IllegalArgumentException("no codec for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return STRING;
        } else if (c == int.class || c == Integer.class) {
            return INT;
        } else if (c == long.class || c == Long.class) {
            return LONG;
        } else if (c == boolean.class || c == Boolean.class) {
            return BOOLEAN;
        } else if (c == OffsetDateTime.class) {
            return new Codec() {
                public void write(DataOutputStream out, Object value) throws IOException {
                    STRING.write(out, value.toString());
                }

                public Object read(ByteBuffer in) {
                    return OffsetDateTime.parse((String) STRING.read(in));
                }
            };
        } else if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return new Codec() {
                public void write(DataOutputStream out, Object value) throws IOException {
                    out.writeInt(((Enum<?>) value).ordinal());
                }

                public Object read(ByteBuffer in) {
                    return constants[in.getInt()];
                }
            };
        } else if (c.isRecord()) {
            return record(c);
        }
        throw new IllegalArgumentException("no codec for " + type);
    }

    private static Codec record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        MethodHandle[] accessors = new MethodHandle[components.length];
        Codec[] codecs = new Codec[components.length];
        Class<?>[] types = new Class<?>[components.length];
        MethodHandle constructor;
        try {
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                accessors[i] = MethodHandles.lookup().unreflect(accessor)
                        .asType(MethodType.methodType(Object.class, Object.class));
                codecs[i] = codec(components[i].getGenericType());
                types[i] = components[i].getType();
            }
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            constructor = MethodHandles.lookup().unreflectConstructor(canonical)
                    .asSpreader(Object[].class, types.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalArgumentException(type + " cannot be read and made by reflection", e);
        }
        return new Codec() {
            public void write(DataOutputStream out, Object value) throws IOException {
                for (int i = 0; i < accessors.length; i++) {
                    codecs[i].write(out, get(accessors[i], value));
                }
            }

            public Object read(ByteBuffer in) {
                Object[] values = new Object[codecs.length];
                for (int i = 0; i < codecs.length; i++) {
                    values[i] = codecs[i].read(in);
                }
                try {
                    return (Object) constructor.invokeExact(values);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
                }
            }
        };
    }

    private static Object get(MethodHandle accessor, Object record) {
        try {
            return (Object) accessor.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read a record component", e);
        }
    }

    private static Codec optional(Codec item) {
        return new Codec() {
            public void write(DataOutputStream out, Object value) throws IOException {
                Optional<?> o = (Optional<?>) value;
                out.writeBoolean(o.isPresent());
                if (o.isPresent()) {
                    item.write(out, o.get());
                }
            }

            public Object read(ByteBuffer in) {
                return in.get() != 0 ? Optional.of(item.read(in)) : Optional.empty();
            }
        };
    }

    private static Codec list(Codec item) {
        return new Codec() {
            public void write(DataOutputStream out, Object value) throws IOException {
                List<?> list = (List<?>) value;
                out.writeInt(list.size());
                for (Object o : list) {
                    item.write(out, o);
                }
            }

            public Object read(ByteBuffer in) {
                int n = count(in);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(item.read(in));
                }
                return list;
            }
        };
    }

    private static Codec map(Codec key, Codec value) {
        return new Codec() {
            public void write(DataOutputStream out, Object v) throws IOException {
                Map<?, ?> map = (Map<?, ?>) v;
                out.writeInt(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    key.write(out, e.getKey());
                    value.write(out, e.getValue());
                }
            }

            public Object read(ByteBuffer in) {
                int n = count(in);
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(key.read(in), value.read(in));
                }
                return map;
            }
        };
    }

    private static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalStateException("corrupt count");
        }
        return n;
    }

    private static final Codec STRING = new Codec() {
        public void write(DataOutputStream out, Object value) throws IOException {
            byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        public Object read(ByteBuffer in) {
            int n = count(in);
            String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
            in.position(in.position() + n);
            return s;
        }
    };

    private static final Codec INT = new Codec() {
        public void write(DataOutputStream out, Object value) throws IOException {
            out.writeInt((Integer) value);
        }

        public Object read(ByteBuffer in) {
            return in.getInt();
        }
    };

    private static final Codec LONG = new Codec() {
        public void write(DataOutputStream out, Object value) throws IOException {
            out.writeLong((Long) value);
        }

        public Object read(ByteBuffer in) {
            return in.getLong();
        }
    };

    private static final Codec BOOLEAN = new Codec() {
        public void write(DataOutputStream out, Object value) throws IOException {
            out.writeBoolean((Boolean) value);
        }

        public Object read(ByteBuffer in) {
            return in.get() != 0;
        }
    };
}
