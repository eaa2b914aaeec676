package org.minzheng.core.invariant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A collector of violations (校验结果收集器), used by builders to check every rule and then
 * report all violations at once. Not thread-safe: use one instance per build.
 *
 * <pre>{@code
 * Violations v = new Violations();
 * v.required("name", name);
 * v.notInFuture("birthDate", birthDate, today);
 * v.throwIfAny();
 * }</pre>
 */
public final class Violations {

    /** Null until the first violation: most records are valid, and builders make one collector per record. */
    private List<Violation> found;

    /** Creates an empty collector. */
    public Violations() {
    }

    /**
     * Adds a violation.
     *
     * @param violation the violation
     * @return this collector
     */
    public Violations add(Violation violation) {
        found().add(java.util.Objects.requireNonNull(violation, "violation"));
        return this;
    }

    private List<Violation> found() {
        if (found == null) {
            found = new ArrayList<>(2);
        }
        return found;
    }

    /**
     * Adds a violation without an invalid value.
     *
     * @param path the property path
     * @param rule the rule code
     * @param messageZh the Chinese message
     * @param messageEn the English message
     * @return this collector
     */
    public Violations add(String path, String rule, String messageZh, String messageEn) {
        return add(Violation.of(path, rule, messageZh, messageEn));
    }

    /**
     * Adds every violation of {@code e}, each path prefixed with {@code prefix}.
     *
     * @param prefix the path of the nested record
     * @param e the exception thrown by the nested record
     * @return this collector
     */
    public Violations addAll(String prefix, InvalidRecordException e) {
        e.violations().forEach(v -> found().add(v.prefixed(prefix)));
        return this;
    }

    /**
     * Checks that a required value is present (rule {@code required}).
     *
     * @param path the property path
     * @param value the value, may be {@code null}
     * @return {@code true} if the value is present
     */
    public boolean required(String path, Object value) {
        if (value == null) {
            add(path, "required", "必填项缺失：" + path, "Required value missing: " + path);
            return false;
        }
        return true;
    }

    /**
     * Checks that a text is present and not blank (rules {@code required}, {@code not-blank}).
     *
     * @param path the property path
     * @param value the text, may be {@code null}
     * @return {@code true} if the text is present and not blank
     */
    public boolean notBlank(String path, String value) {
        if (!required(path, value)) {
            return false;
        }
        if (value.isBlank()) {
            add(path, "not-blank", "不能为空白：" + path, "Must not be blank: " + path);
            return false;
        }
        return true;
    }

    /**
     * Checks that a date is not after {@code today} (rule {@code not-in-future}); does nothing
     * when either date is absent.
     *
     * @param path the property path
     * @param date the date to check, may be {@code null}
     * @param today the reference date, may be {@code null} (no check)
     * @return {@code true} unless a violation was added
     */
    public boolean notInFuture(String path, LocalDate date, LocalDate today) {
        if (date != null && today != null && date.isAfter(today)) {
            found().add(new Violation(path, "not-in-future",
                    "日期不能晚于当前日期 " + today + "：" + path,
                    "Date must not be after " + today + ": " + path, Optional.of(date.toString())));
            return false;
        }
        return true;
    }

    /**
     * Checks that a number is not negative (rule {@code non-negative}).
     *
     * @param path the property path
     * @param value the number
     * @return {@code true} if {@code value >= 0}
     */
    public boolean nonNegative(String path, long value) {
        if (value < 0) {
            found().add(new Violation(path, "non-negative", "不能为负数：" + path,
                    "Must not be negative: " + path, Optional.of(Long.toString(value))));
            return false;
        }
        return true;
    }

    /**
     * Whether no violation was found.
     *
     * @return {@code true} if empty
     */
    public boolean isEmpty() {
        return found == null || found.isEmpty();
    }

    /**
     * The violations found so far.
     *
     * @return an unmodifiable copy
     */
    public List<Violation> list() {
        return found == null ? List.of() : List.copyOf(found);
    }

    /**
     * Throws if any violation was found.
     *
     * @throws InvalidRecordException listing every violation found
     */
    public void throwIfAny() {
        if (found != null && !found.isEmpty()) {
            throw new InvalidRecordException(found);
        }
    }
}
