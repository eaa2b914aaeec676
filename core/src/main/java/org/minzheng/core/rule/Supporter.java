package org.minzheng.core.rule;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.registry.Person;

/**
 * A legal supporter of an applicant for extreme-poverty support (法定赡养、抚养、扶养义务人), with the facts
 * the 特困 rules need that the registry does not hold: the programs the supporter receives, the
 * supporter's annual income, and whether a court has found the supporter without civil capacity.
 *
 * @param person the supporter (may live outside the applicant's household)
 * @param programs the programs the supporter is enrolled in (e.g. 特困, 低保)
 * @param annualIncome the supporter's income over the previous year, or empty when unknown
 * @param withoutCivilCapacity whether the supporter has been declared without (full) civil capacity
 *        (无民事行为能力或限制民事行为能力)
 */
public record Supporter(Person person, Set<ProgramCode> programs, Optional<Money> annualIncome,
        boolean withoutCivilCapacity) {

    /**
     * Checks and copies the parts.
     *
     * @param person the supporter
     * @param programs the programs
     * @param annualIncome the income, or empty
     * @param withoutCivilCapacity the capacity finding
     * @throws NullPointerException if an argument is null
     */
    public Supporter {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(annualIncome, "annualIncome");
        programs = Set.copyOf(programs);
    }

    /**
     * A supporter with no programs, unknown income and full civil capacity.
     *
     * @param person the supporter
     * @return the supporter
     */
    public static Supporter of(Person person) {
        return new Supporter(person, Set.of(), Optional.empty(), false);
    }

    /**
     * This supporter with a known annual income.
     *
     * @param income the income of the previous year
     * @return a new supporter
     */
    public Supporter withAnnualIncome(Money income) {
        return new Supporter(person, programs, Optional.of(income), withoutCivilCapacity);
    }

    /**
     * This supporter enrolled in a program.
     *
     * @param program the program
     * @return a new supporter
     */
    public Supporter enrolledIn(ProgramCode program) {
        Set<ProgramCode> set = new HashSet<>(programs);
        set.add(Objects.requireNonNull(program, "program"));
        return new Supporter(person, set, annualIncome, withoutCivilCapacity);
    }

    /**
     * This supporter declared without civil capacity.
     *
     * @return a new supporter
     */
    public Supporter declaredWithoutCivilCapacity() {
        return new Supporter(person, programs, annualIncome, true);
    }

    /** Masks personal data: the supporter's name and identity number never appear. */
    @Override
    public String toString() {
        return "Supporter[" + person.id() + ", programs=" + programs + ", income "
                + (annualIncome.isPresent() ? "known" : "unknown") + ", withoutCivilCapacity=" + withoutCivilCapacity + "]";
    }
}
