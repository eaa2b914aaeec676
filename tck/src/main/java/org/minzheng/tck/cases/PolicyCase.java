package org.minzheng.tck.cases;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.Reform;

/**
 * One declarative policy case (政策测试用例), read from a case file: a subject, a program, a month and a
 * region, optional standard overrides, and the expected decision.
 *
 * @param file the file or resource the case came from
 * @param line the line the case starts on
 * @param name the case's name, unique within its file
 * @param program the program assessed
 * @param period the month assessed
 * @param region the region whose standards apply
 * @param overrides the case's own standard values, laid over the resolved standards
 * @param facts the facts about the subject, built from the case's household
 * @param expectation what the decision must be
 */
public record PolicyCase(String file, int line, String name, ProgramCode program, YearMonth period, RegionCode region,
        Optional<Reform> overrides, SubjectFacts facts, Expectation expectation) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public PolicyCase {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(expectation, "expectation");
    }

    /**
     * The name qualified by the file's simple name, e.g. {@code dibao.yaml › 三口之家按差额发放}: the name of the
     * JUnit dynamic test.
     *
     * @return the qualified name
     */
    public String qualifiedName() {
        String simple = file.replace('\\', '/');
        simple = simple.substring(simple.lastIndexOf('/') + 1);
        return simple + " › " + name;
    }

    /** The qualified name. */
    @Override
    public String toString() {
        return qualifiedName();
    }
}
