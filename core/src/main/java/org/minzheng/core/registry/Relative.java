package org.minzheng.core.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.money.Money;

/**
 * A close relative of a person (亲属), who may live in another household or in none the registry holds: the
 * relation, a reference to the relative's own {@link Person} record when there is one, and the facts the rules need
 * when there is not — gender, birth date, status with its since-date, disability, the annual income and a court's
 * finding on civil capacity. The 特困 rules read these to judge whether a legal supporter (法定义务人) can support;
 * see decision record 0300.
 *
 * <p>A relative's record, when referenced, wins over the description here for the person's own facts (birth date,
 * status, disability); the description stays the fallback for a relative outside the region.
 *
 * <p>No name is kept: the reference, or the facts, are enough for every rule, and a name here would be personal
 * data of someone who never applied.
 *
 * @param kind spouse, parent or child
 * @param person the relative's person record, if registered
 * @param gender the gender (性别)
 * @param birthDate the birth date (出生日期)
 * @param status the status with its since-date (人员状态: deceased, missing, lost contact, serving a sentence,
 *        working away, …)
 * @param disability the relative's disability, if any
 * @param seriouslyIll whether the relative is seriously ill (患重特大疾病)
 * @param annualIncome the relative's income over the previous year (上年度收入), when known
 * @param withoutCivilCapacity whether a court found the relative without (full) civil capacity
 *        (无民事行为能力或限制民事行为能力)
 */
public record Relative(RelativeKind kind, Optional<PersonId> person, Gender gender, LocalDate birthDate,
                       PersonStatus status, Optional<Disability> disability, boolean seriouslyIll,
                       Optional<Money> annualIncome, boolean withoutCivilCapacity) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the status starts before the birth date or the income is negative
     */
    public Relative {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(disability, "disability");
        Objects.requireNonNull(annualIncome, "annualIncome");
        if (status.since().isBefore(birthDate)) {
            throw new IllegalArgumentException("a relative's status starts before the birth date (状态起始日期早于出生日期)");
        }
        if (annualIncome.isPresent() && annualIncome.get().isNegative()) {
            throw new IllegalArgumentException("a relative's annual income is negative (年收入为负数)");
        }
    }

    /**
     * A relative known by description only, at home since birth, without disability, illness, known income or
     * capacity finding.
     *
     * @param kind spouse, parent or child
     * @param gender the gender
     * @param birthDate the birth date
     * @return the relative
     */
    public static Relative of(RelativeKind kind, Gender gender, LocalDate birthDate) {
        return new Relative(kind, Optional.empty(), gender, birthDate, PersonStatus.of(StatusKind.AT_HOME, birthDate),
                Optional.empty(), false, Optional.empty(), false);
    }

    /**
     * A copy referring to the relative's person record.
     *
     * @param id the relative's person identifier
     * @return the copy
     */
    public Relative withPerson(PersonId id) {
        return new Relative(kind, Optional.of(id), gender, birthDate, status, disability, seriouslyIll, annualIncome,
                withoutCivilCapacity);
    }

    /**
     * A copy with another status.
     *
     * @param value the status
     * @return the copy
     */
    public Relative withStatus(PersonStatus value) {
        return new Relative(kind, person, gender, birthDate, value, disability, seriouslyIll, annualIncome,
                withoutCivilCapacity);
    }

    /**
     * A copy with a disability.
     *
     * @param value the disability
     * @return the copy
     */
    public Relative withDisability(Disability value) {
        return new Relative(kind, person, gender, birthDate, status, Optional.of(value), seriouslyIll, annualIncome,
                withoutCivilCapacity);
    }

    /**
     * A copy with the serious-illness flag.
     *
     * @param value whether seriously ill
     * @return the copy
     */
    public Relative withSeriouslyIll(boolean value) {
        return new Relative(kind, person, gender, birthDate, status, disability, value, annualIncome,
                withoutCivilCapacity);
    }

    /**
     * A copy with a known annual income.
     *
     * @param value the income of the previous year
     * @return the copy
     */
    public Relative withAnnualIncome(Money value) {
        return new Relative(kind, person, gender, birthDate, status, disability, seriouslyIll, Optional.of(value),
                withoutCivilCapacity);
    }

    /**
     * A copy with a court's finding of no (full) civil capacity.
     *
     * @param value whether without civil capacity
     * @return the copy
     */
    public Relative withWithoutCivilCapacity(boolean value) {
        return new Relative(kind, person, gender, birthDate, status, disability, seriouslyIll, annualIncome, value);
    }

    /** No name is held; the reference is a pseudonymous identifier and the birth date shows its year only. */
    @Override
    public String toString() {
        return "Relative[" + kind.code() + ", person=" + person.map(PersonId::toString).orElse("none") + ", born "
                + birthDate.getYear() + ", status=" + status.kind().code() + "]";
    }
}
