/**
 * Invariants (校验规则) of the domain model and how their violations are reported.
 *
 * <p>Every aggregate builder checks all its rules in {@code build()} and throws one
 * {@link org.minzheng.core.invariant.InvalidRecordException} listing every
 * {@link org.minzheng.core.invariant.Violation}. Small value records check their own components
 * in their constructors and throw the same exception with paths relative to themselves.
 *
 * <p>Rule codes used by the model: {@code required}, {@code not-blank}, {@code non-negative},
 * {@code not-in-future}, {@code range}, {@code exactly-one-head}, {@code unique-person},
 * {@code younger-than-head}, {@code older-than-head}, {@code at-most-one-spouse},
 * {@code matches-id-number}, {@code matches-certificate}, {@code earner-is-member}, {@code not-self},
 * {@code unique-parent-role}, {@code subject-kind}, {@code history}, {@code order},
 * {@code grade-in-scheme}, {@code reversal}, {@code transition}, {@code level}, {@code key},
 * {@code sequence}, {@code grades}.
 */
package org.minzheng.core.invariant;
