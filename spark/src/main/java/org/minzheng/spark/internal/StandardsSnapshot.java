package org.minzheng.spark.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.core.standards.ValueType;
import org.minzheng.runtime.StandardsProviders;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

/**
 * Every standards provider's values, read once on the driver, as plain data that can be broadcast: the standard's
 * code, region, interval, the value in its file form ({@link ValueType#format}) and the source. Executors rebuild
 * providers from it and never call the embedder's providers (which may read files or a database only the driver
 * reaches). Decision record 0331.
 */
public final class StandardsSnapshot implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One value as data. */
    record Value(String standard, String region, LocalDate from, LocalDate until, String text, String source)
            implements Serializable {
    }

    /** One provider as data. */
    record Provider(String id, int priority, String description, ArrayList<Value> values) implements Serializable {
    }

    private final ArrayList<Provider> providers;

    private StandardsSnapshot(ArrayList<Provider> providers) {
        this.providers = providers;
    }

    /**
     * Reads every provider's values.
     *
     * @param providers the runtime's providers
     * @return the snapshot
     */
    public static StandardsSnapshot of(StandardsProviders providers) {
        ArrayList<Provider> out = new ArrayList<>();
        for (StandardsProvider p : providers.providers()) {
            Collection<StandardValue<?>> values = p.values(StandardsQuery.all());
            ArrayList<Value> list = new ArrayList<>(values.size());
            for (StandardValue<?> v : values) {
                list.add(new Value(v.standard().code(), v.region().map(RegionCode::value).orElse(null), v.from(),
                        v.until().orElse(null), format(v), v.source()));
            }
            out.add(new Provider(p.id(), p.priority(), p.description(), list));
        }
        return new StandardsSnapshot(out);
    }

    @SuppressWarnings("unchecked")
    private static <T> String format(StandardValue<T> v) {
        return ((ValueType<Object>) v.standard().valueType()).format(v.value());
    }

    /**
     * Number of values in the snapshot.
     *
     * @return the count
     */
    public int size() {
        return providers.stream().mapToInt(p -> p.values().size()).sum();
    }

    /**
     * Providers with the snapshot's values, for the standards a program declares. A value of a standard no program
     * declares is left out: no rule reads it (program contract PC02).
     *
     * @param catalogue the standards by code
     * @return the providers, discovery off
     */
    StandardsProviders rebuild(Map<String, Standard<?>> catalogue) {
        StandardsProviders.Builder b = StandardsProviders.builder().discovery(false);
        for (Provider p : providers) {
            List<StandardValue<?>> values = new ArrayList<>(p.values().size());
            for (Value v : p.values()) {
                Standard<?> s = catalogue.get(v.standard());
                if (s != null) {
                    values.add(value(s, v));
                }
            }
            b.add(new Rebuilt(p.id(), p.priority(), p.description(), List.copyOf(values)));
        }
        return b.build();
    }

    private static <T> StandardValue<T> value(Standard<T> s, Value v) {
        return StandardValue.of(s, Optional.ofNullable(v.region()).map(RegionCode::parse), v.from(),
                Optional.ofNullable(v.until()), s.valueType().parse(v.text()), v.source());
    }

    /** A provider rebuilt on an executor. */
    private record Rebuilt(String id, int priority, String description, List<StandardValue<?>> values)
            implements StandardsProvider {

        @Override
        public String spiVersion() {
            return StandardsProvider.SPI_VERSION;
        }

        @Override
        public Collection<StandardValue<?>> values(StandardsQuery query) {
            return values;
        }
    }
}
