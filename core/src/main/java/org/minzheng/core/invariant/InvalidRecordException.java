package org.minzheng.core.invariant;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a record breaks one or more of its invariants (记录不符合校验规则): every
 * violation found is reported at once, each with its property path, rule and a Chinese and an
 * English message. Nothing half-built escapes: the builder that throws it returns no object.
 *
 * <p>The message lists every violation; it never contains a full identity number or name.
 */
public class InvalidRecordException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The violations; an unmodifiable list is serializable. */
    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations the violations, at least one
     * @throws NullPointerException if {@code violations} or an element is {@code null}
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public InvalidRecordException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates the exception for a single violation.
     *
     * @param violation the violation
     * @return the exception
     */
    public static InvalidRecordException of(Violation violation) {
        return new InvalidRecordException(List.of(violation));
    }

    /**
     * The violations, in the order they were found.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The same violations with {@code prefix} put in front of every path (see
     * {@link Violation#prefixed(String)}); adapters use it to report where in a larger document a
     * nested record failed.
     *
     * @param prefix the path of the enclosing property
     * @return a new exception with the longer paths
     */
    public InvalidRecordException prefixed(String prefix) {
        return new InvalidRecordException(violations.stream().map(v -> v.prefixed(prefix)).toList());
    }

    private static String describe(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("at least one violation is required");
        }
        StringBuilder sb = new StringBuilder();
        sb.append(violations.size()).append(violations.size() == 1 ? " violation" : " violations");
        for (Violation v : violations) {
            sb.append("; ").append(Objects.requireNonNull(v, "violation"));
        }
        return sb.toString();
    }
}
