package org.minzheng.tck.cases;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.decision.Decision;

/**
 * The outcome of one policy case (用例结果): the decision, and every way it differs from the expectation
 * (empty when the case passes), or the error that stopped the assessment.
 *
 * @param policyCase the case
 * @param decision the decision, or empty when the assessment failed with an error
 * @param mismatches each difference, e.g. {@code amount: expected 1497.00, got 1410.00}
 * @param error the error that stopped the assessment, if any
 */
public record CaseResult(PolicyCase policyCase, Optional<Decision> decision, List<String> mismatches,
        Optional<RuntimeException> error) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public CaseResult {
        Objects.requireNonNull(policyCase, "policyCase");
        Objects.requireNonNull(decision, "decision");
        mismatches = List.copyOf(mismatches);
        Objects.requireNonNull(error, "error");
    }

    /**
     * Whether the decision met every expectation.
     *
     * @return true when passed
     */
    public boolean passed() {
        return error.isEmpty() && mismatches.isEmpty();
    }

    /**
     * The summary line: {@code PASS name} or {@code FAIL name: expected …, got …}.
     *
     * @param name the name to print (the case name, or its qualified name when names repeat across files)
     * @return the line
     */
    public String summary(String name) {
        if (passed()) {
            return "PASS " + name;
        }
        if (error.isPresent()) {
            RuntimeException e = error.get();
            return "FAIL " + name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return "FAIL " + name + ": " + String.join("; ", mismatches);
    }

    /**
     * The summary line followed, for a failed case with a decision, by the decision's explanation.
     *
     * @param name the name to print
     * @param locale the language of the explanation
     * @return the report, one or more lines
     */
    public String report(String name, Locale locale) {
        String summary = summary(name);
        if (passed() || decision.isEmpty()) {
            return summary;
        }
        StringBuilder b = new StringBuilder(summary);
        for (String line : decision.get().explanation().lines(locale)) {
            b.append(System.lineSeparator()).append("    ").append(line);
        }
        return b.toString();
    }
}
