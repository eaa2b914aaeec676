package org.minzheng.spark.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.standards.Reform;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.ValueType;

/** A {@link Reform} as data, to be broadcast with the standards and rebuilt on the executors. */
public final class ReformSpec implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String within;
    private final LocalDate effective;
    private final TreeMap<String, String> values = new TreeMap<>();

    /**
     * The reform as data.
     *
     * @param reform the reform
     */
    @SuppressWarnings("unchecked")
    public ReformSpec(Reform reform) {
        this.name = reform.name();
        this.within = reform.within().map(RegionCode::value).orElse(null);
        this.effective = reform.effective().orElse(null);
        for (Map.Entry<Standard<?>, Object> e : reform.values().entrySet()) {
            values.put(e.getKey().code(), ((ValueType<Object>) e.getKey().valueType()).format(e.getValue()));
        }
    }

    /**
     * The reform again, with the standards of the executor's catalogue.
     *
     * @param catalogue the standards by code
     * @return the reform
     * @throws IllegalStateException if the reform sets a standard no program declares
     */
    Reform rebuild(Map<String, Standard<?>> catalogue) {
        Reform.Builder b = Reform.builder(name);
        for (Map.Entry<String, String> e : values.entrySet()) {
            Standard<?> s = catalogue.get(e.getKey());
            if (s == null) {
                throw new IllegalStateException("the reform sets standard " + e.getKey() + ", which no program declares");
            }
            set(b, s, e.getValue());
        }
        if (within != null) {
            b.within(RegionCode.parse(within));
        }
        if (effective != null) {
            b.from(effective);
        }
        return b.build();
    }

    private static <T> void set(Reform.Builder b, Standard<T> s, String text) {
        b.set(s, s.valueType().parse(text));
    }
}
