package org.minzheng.core.registry;

import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.DisabilityCertificateNumber;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.invariant.Violations;

/**
 * A disability (残疾) by category and grade (GB/T 26341-2010 《残疾人残疾分类和分级》), with the
 * second-generation certificate number (第二代残疾人证号) when one is issued.
 *
 * <p>Grade 1 is the most severe; grades 1–2 are severe disability (重度残疾).
 *
 * @param category the category
 * @param grade the grade, 1–4
 * @param certificate the certificate number, whose category and grade must match
 */
public record Disability(DisabilityCategory category, int grade,
                         Optional<DisabilityCertificateNumber> certificate) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws InvalidRecordException if the grade is not 1–4 (path {@code grade}, rule
     *     {@code range}) or the certificate states another category or grade (path
     *     {@code certificate}, rule {@code matches-certificate})
     */
    public Disability {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(certificate, "certificate");
        Violations v = new Violations();
        if (grade < 1 || grade > 4) {
            v.add(new Violation("grade", "range", "残疾等级应为1至4级",
                    "A disability grade is 1 to 4", Optional.of(Integer.toString(grade))));
        }
        certificate.ifPresent(c -> {
            if (c.category() != category || c.grade() != grade) {
                v.add("certificate", "matches-certificate",
                        "残疾人证号中的类别或等级与记录不一致",
                        "The certificate number states another category or grade");
            }
        });
        v.throwIfAny();
    }

    /**
     * A disability without a certificate number.
     *
     * @param category the category
     * @param grade the grade, 1–4
     * @return the disability
     */
    public static Disability of(DisabilityCategory category, int grade) {
        return new Disability(category, grade, Optional.empty());
    }

    /**
     * The disability stated by a certificate number.
     *
     * @param certificate the certificate number
     * @return the disability
     */
    public static Disability of(DisabilityCertificateNumber certificate) {
        return new Disability(certificate.category(), certificate.grade(), Optional.of(certificate));
    }

    /**
     * Whether this is a severe disability (重度残疾, grade 1–2).
     *
     * @return {@code true} for grades 1 and 2
     */
    public boolean isSevere() {
        return grade <= 2;
    }
}
