package org.minzheng.core.rule;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * How a program's application is written as plain fields (申请事项格式), e.g. {@code {type: emergency, need:
 * 3000.00}} for 临时救助: the keys it takes and how they become an {@link Application}. Policy-case files, JSON and
 * forms read applications through it, so that no reader needs to know a program's application type.
 *
 * <p>Immutable.
 */
public final class ApplicationFormat {

    private final List<String> keys;
    private final List<String> optionalKeys;
    private final Function<Map<String, String>, Application> reader;

    private ApplicationFormat(List<String> keys, List<String> optionalKeys,
                              Function<Map<String, String>, Application> reader) {
        this.keys = keys;
        this.optionalKeys = optionalKeys;
        this.reader = reader;
    }

    /**
     * A format.
     *
     * @param keys the keys, all required
     * @param reader makes the application from the fields; throws {@link IllegalArgumentException} with a message
     *        that names the field when a value is wrong
     * @return the format
     */
    public static ApplicationFormat of(List<String> keys, Function<Map<String, String>, Application> reader) {
        List<String> copy = List.copyOf(new LinkedHashSet<>(keys));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("an application format has at least one key");
        }
        return new ApplicationFormat(copy, List.of(), Objects.requireNonNull(reader, "reader"));
    }

    /**
     * This format with keys an application may leave out (the reader sees only those given).
     *
     * @param optional the optional keys, none of them a required key
     * @return the format
     * @throws IllegalArgumentException if an optional key is also required
     */
    public ApplicationFormat withOptional(String... optional) {
        List<String> copy = List.copyOf(new LinkedHashSet<>(List.of(optional)));
        for (String k : copy) {
            if (keys.contains(k)) {
                throw new IllegalArgumentException("key " + k + " is already required");
            }
        }
        return new ApplicationFormat(keys, copy, reader);
    }

    /**
     * The keys an application may leave out.
     *
     * @return an unmodifiable list, empty when every key is required
     */
    public List<String> optionalKeys() {
        return optionalKeys;
    }

    /**
     * The keys, in the order to document them.
     *
     * @return an unmodifiable list
     */
    public List<String> keys() {
        return keys;
    }

    /**
     * Reads an application.
     *
     * @param fields the fields by key, exactly {@link #keys()}
     * @return the application
     * @throws IllegalArgumentException if a key is missing or unknown, or a value is wrong
     */
    public Application read(Map<String, String> fields) {
        Objects.requireNonNull(fields, "fields");
        Set<String> missing = new LinkedHashSet<>(keys);
        missing.removeAll(fields.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the application needs " + missing + " (申请事项缺少字段)");
        }
        for (String k : fields.keySet()) {
            if (!keys.contains(k) && !optionalKeys.contains(k)) {
                throw new IllegalArgumentException("unknown application field '" + k + "'; expected " + keys
                        + (optionalKeys.isEmpty() ? "" : ", optionally " + optionalKeys));
            }
        }
        return reader.apply(Map.copyOf(fields));
    }
}
