package org.minzheng.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Plain records with the same JSON shape as a household written by {@code MinzhengModule}: what a
 * user would get from plain Jackson with strings for codes, identifiers and amounts, and no
 * checks. The baseline of {@link HouseholdJsonBenchmark}.
 *
 * @param id the id
 * @param region the region code
 * @param address the address
 * @param hukou the hukou code
 * @param members the members
 * @param incomes the incomes
 * @param assets the assets
 * @param version the version
 */
public record PlainHousehold(String id, String region, String address, String hukou, List<Member> members,
        List<Income> incomes, Assets assets, long version) {

    /**
     * A member.
     *
     * @param person the person
     * @param relation the relation code
     */
    public record Member(Person person, String relation) {
    }

    /**
     * A person.
     *
     * @param id the id
     * @param idNumber the identity number
     * @param name the name
     * @param birthDate the birth date
     * @param gender the gender code
     * @param hukou the hukou code
     * @param disability the disability
     * @param seriouslyIll serious illness
     * @param labourCapacity the labour capacity code
     * @param selfCare the self-care
     * @param status the status
     * @param parents the parents
     * @param version the version
     */
    public record Person(String id, String idNumber, String name, LocalDate birthDate, String gender, String hukou,
            Disability disability, boolean seriouslyIll, String labourCapacity, SelfCare selfCare, Status status,
            List<Parent> parents, long version) {
    }

    /**
     * A disability.
     *
     * @param category the category code
     * @param grade the grade
     * @param certificate the certificate number
     */
    public record Disability(String category, int grade, String certificate) {
    }

    /**
     * Self-care.
     *
     * @param lost lost activities
     * @param capabilityLevel the level code
     * @param assessedOn the assessment date
     */
    public record SelfCare(Set<String> lost, String capabilityLevel, LocalDate assessedOn) {
    }

    /**
     * A status.
     *
     * @param kind the kind code
     * @param since the start
     */
    public record Status(String kind, LocalDate since) {
    }

    /**
     * A parent.
     *
     * @param role the role code
     * @param person the person id
     * @param status the status
     * @param disability the disability
     * @param seriouslyIll serious illness
     */
    public record Parent(String role, String person, Status status, Disability disability, boolean seriouslyIll) {
    }

    /**
     * An income.
     *
     * @param kind the kind code
     * @param monthlyAmount the amount
     * @param earner the earner id
     */
    public record Income(String kind, String monthlyAmount, String earner) {
    }

    /**
     * Assets.
     *
     * @param deposits deposits
     * @param securities securities
     * @param vehicles vehicle count
     * @param vehiclesValue vehicle value
     * @param realEstate extra homes
     * @param realEstateValue their value
     */
    public record Assets(String deposits, String securities, int vehicles, String vehiclesValue, int realEstate,
            String realEstateValue) {
    }
}
