package org.minzheng.spi.storage;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A table of an {@link InMemoryStorage}: rows by id, iterated in id order (what the stores' queries return) as a
 * {@link TreeMap}, and found by id through a hash index beside it — a look-up by id is the store's most frequent
 * operation (every posting finds its case, every case saved its subject), and a tree of string keys that share long
 * prefixes ({@code home-care-P1234-0-202203}) compares many characters at each of its twenty levels.
 *
 * <p>Only {@link #put}, {@link #remove} and {@link #clear} change it (what {@link MemoryStore} calls, under its write
 * lock); the other ways of changing a tree map are refused rather than left to bypass the index.
 *
 * @param <V> the rows
 */
final class MemoryTable<V> extends TreeMap<String, V> {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, V> index = new HashMap<>();

    @Override
    public V get(Object key) {
        return index.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return index.containsKey(key);
    }

    @Override
    public V put(String key, V value) {
        V previous = super.put(key, value);
        index.put(key, value);
        return previous;
    }

    @Override
    public V remove(Object key) {
        V previous = super.remove(key);
        index.remove(key);
        return previous;
    }

    @Override
    public void clear() {
        super.clear();
        index.clear();
    }

    @Override
    public void putAll(Map<? extends String, ? extends V> map) {
        map.forEach(this::put);
    }

    @Override
    public V putIfAbsent(String key, V value) {
        throw unsupported();
    }

    @Override
    public V computeIfAbsent(String key, Function<? super String, ? extends V> mappingFunction) {
        throw unsupported();
    }

    @Override
    public V computeIfPresent(String key, BiFunction<? super String, ? super V, ? extends V> remappingFunction) {
        throw unsupported();
    }

    @Override
    public V compute(String key, BiFunction<? super String, ? super V, ? extends V> remappingFunction) {
        throw unsupported();
    }

    @Override
    public V merge(String key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        throw unsupported();
    }

    @Override
    public V replace(String key, V value) {
        throw unsupported();
    }

    @Override
    public boolean replace(String key, V oldValue, V newValue) {
        throw unsupported();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super V, ? extends V> function) {
        throw unsupported();
    }

    @Override
    public Map.Entry<String, V> pollFirstEntry() {
        throw unsupported();
    }

    @Override
    public Map.Entry<String, V> pollLastEntry() {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("a store table changes only by put and remove");
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
