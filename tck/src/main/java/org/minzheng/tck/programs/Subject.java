package org.minzheng.tck.programs;

import java.util.Objects;

import org.minzheng.core.rule.SubjectFacts;

/**
 * A generated subject (生成的测试对象): the facts a rule is exercised on, with a description for findings — ages,
 * statuses, incomes, enrolments; identifiers only, no name (the persons are synthetic all the same).
 *
 * @param facts the facts
 * @param description what the facts hold, for a finding
 */
record Subject(SubjectFacts facts, String description) {

    Subject {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String toString() {
        return description;
    }
}
