package org.minzheng.core.invariant;

import java.util.Objects;
import java.util.Optional;

/**
 * One broken rule (违反的校验规则) of a record: where, which rule, and what is wrong in Chinese
 * and English.
 *
 * <p>The {@code path} names the property from the root of the record being built, in the form
 * {@code members[2].person.birthDate} (dots between properties, brackets around list indexes;
 * the empty string for the record as a whole). The {@code rule} is a stable lower-case code, for
 * instance {@code required}, {@code not-blank}, {@code non-negative}, {@code not-in-future},
 * {@code exactly-one-head}; see the package documentation for the list. The invalid value, when
 * given, is masked by whoever reports it: it never carries a full identity number or name.
 *
 * @param path the property path, never {@code null} (empty for the whole record)
 * @param rule the rule code, never blank
 * @param messageZh the message in Chinese (中文提示)
 * @param messageEn the message in English
 * @param invalidValue the rejected value, masked, if it helps the reader
 */
public record Violation(String path, String rule, String messageZh, String messageEn,
                        Optional<String> invalidValue) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if {@code rule}, {@code messageZh} or {@code messageEn}
     *     is blank
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(invalidValue, "invalidValue");
        if (rule.isBlank() || messageZh.isBlank() || messageEn.isBlank()) {
            throw new IllegalArgumentException("rule and messages must not be blank");
        }
    }

    /**
     * A violation without an invalid value.
     *
     * @param path the property path
     * @param rule the rule code
     * @param messageZh the Chinese message
     * @param messageEn the English message
     * @return the violation
     */
    public static Violation of(String path, String rule, String messageZh, String messageEn) {
        return new Violation(path, rule, messageZh, messageEn, Optional.empty());
    }

    /**
     * The same violation with {@code prefix} put in front of its path, for a record nested in a
     * larger one: {@code prefixed("members[0]")} turns {@code birthDate} into
     * {@code members[0].birthDate} and {@code [1]} into {@code members[0][1]}.
     *
     * @param prefix the path of the enclosing property; empty leaves the path unchanged
     * @return the violation with the longer path
     */
    public Violation prefixed(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? prefix
                : path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new Violation(joined, rule, messageZh, messageEn, invalidValue);
    }

    /**
     * A one-line description: path, rule and both messages.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(record)" : path) + " [" + rule + "] " + messageEn + " / "
                + messageZh + invalidValue.map(v -> " (value: " + v + ")").orElse("");
    }
}
