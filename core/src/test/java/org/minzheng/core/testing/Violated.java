package org.minzheng.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;

/** Assertions on the violations an action reports. */
public final class Violated {

    private Violated() {
    }

    /**
     * Runs the action, which must throw {@link InvalidRecordException}, and returns its violations.
     *
     * @param action the action
     * @return the violations
     */
    public static List<Violation> violations(ThrowingCallable action) {
        try {
            action.call();
        } catch (InvalidRecordException e) {
            assertThat(e.violations()).isNotEmpty().allSatisfy(v -> {
                assertThat(v.messageZh()).as("messageZh of %s", v.path()).matches("(?s).*\\p{IsHan}.*");
                assertThat(v.messageEn()).as("messageEn of %s", v.path()).matches("(?s).*[a-zA-Z].*");
            });
            return e.violations();
        } catch (Throwable t) {
            throw new AssertionError("expected InvalidRecordException but got " + t, t);
        }
        throw new AssertionError("expected InvalidRecordException, nothing thrown");
    }

    /**
     * Asserts that the action reports exactly one violation, with this path and rule and both
     * messages present, and returns it.
     *
     * @param action the action
     * @param path the expected path
     * @param rule the expected rule
     * @return the violation
     */
    public static Violation single(ThrowingCallable action, String path, String rule) {
        List<Violation> v = violations(action);
        assertThat(v).as("violations").hasSize(1);
        Violation only = v.get(0);
        assertThat(only.path()).as("path").isEqualTo(path);
        assertThat(only.rule()).as("rule").isEqualTo(rule);
        assertThat(only.messageZh()).as("messageZh").isNotBlank().matches(".*\\p{IsHan}.*");
        assertThat(only.messageEn()).as("messageEn").isNotBlank().matches(".*[a-zA-Z].*");
        return only;
    }
}
