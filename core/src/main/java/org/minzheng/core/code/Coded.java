package org.minzheng.core.code;

import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A value with a stable code (编码值): every enumerated value in minzheng implements it.
 *
 * <p>{@link #code()} is the stable lower-case code used in JSON, YAML and policy files; it never
 * changes once released, whereas the Java constant name and the display names may.
 * {@link #chineseName()} and {@link #englishName()} are the display names in Chinese and English.
 */
public interface Coded {

    /**
     * The stable code (编码), lower case with hyphens, e.g. {@code "female"}.
     *
     * @return the code, never {@code null}
     */
    String code();

    /**
     * The Chinese name (中文名称), e.g. {@code "女"}.
     *
     * @return the Chinese display name
     */
    String chineseName();

    /**
     * The English name (英文名称), e.g. {@code "female"}.
     *
     * @return the English display name
     */
    String englishName();

    /**
     * Finds the constant of an enum with the given code (按编码查找).
     *
     * @param <E> the enum type
     * @param type the enum class
     * @param code the code to look up; may be {@code null}
     * @return the constant whose {@link #code()} equals {@code code}, or empty if there is none
     * @throws NullPointerException if {@code type} is {@code null}
     */
    static <E extends Enum<E> & Coded> Optional<E> findByCode(Class<E> type, String code) {
        Objects.requireNonNull(type, "type");
        if (code == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the constant of an enum with the given code (按编码取值), failing if there is none.
     *
     * @param <E> the enum type
     * @param type the enum class
     * @param code the code to look up
     * @return the constant whose {@link #code()} equals {@code code}
     * @throws IllegalArgumentException if no constant has this code (also for a {@code null} code);
     *     the message names the bad code and lists the valid ones
     * @throws NullPointerException if {@code type} is {@code null}
     */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        return findByCode(type, code).orElseThrow(() -> {
            StringJoiner valid = new StringJoiner(", ", "[", "]");
            for (E constant : type.getEnumConstants()) {
                valid.add(constant.code());
            }
            return new IllegalArgumentException("Unknown " + type.getSimpleName() + " code "
                    + (code == null ? "null" : "\"" + code + "\"") + "; valid codes: " + valid);
        });
    }
}
