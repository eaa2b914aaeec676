package org.minzheng.examples.demo.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.ExpenditureKind;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.LivingSituation;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relative;
import org.minzheng.core.registry.RelativeKind;
import org.minzheng.core.registry.StatusKind;

/**
 * The generator stores the facts the rules read (decision 0385): relatives across households with their statuses,
 * living situations, school enrolments, capability assessments and rigid expenditure — on the records, not beside
 * them.
 */
class StoredFactsTest {

    private static final YearMonth FIRST = YearMonth.of(2022, 1);
    private static final LocalDate START = FIRST.atDay(1);
    private static SyntheticDistrict district;
    private static List<Person> persons;

    @BeforeAll
    static void generate() {
        district = PopulationGenerator.generate(2022, 0.03, Parameters.defaults(Money.of("840.00")), FIRST,
                YearMonth.of(2022, 10));
        persons = district.households().stream().flatMap(h -> h.persons().stream()).toList();
    }

    @Test
    void elderlyLivingWithoutWorkingAgeMembers_haveChildrenRecorded_residentsReferenced_othersDescribedWithStatus() {
        Set<PersonId> residents = new HashSet<>();
        persons.forEach(p -> residents.add(p.id()));
        List<Relative> children = persons.stream().filter(p -> p.ageOn(START) >= 60)
                .flatMap(p -> p.relatives(RelativeKind.CHILD).stream()).toList();
        assertThat(children).isNotEmpty();
        // a referenced child is a resident of another household; a described one carries its own status
        for (Relative r : children) {
            r.person().ifPresent(id -> assertThat(residents).contains(id));
        }
        assertThat(children.stream().filter(r -> r.person().isPresent())).isNotEmpty();
        Set<StatusKind> statuses = new HashSet<>();
        children.stream().filter(r -> r.person().isEmpty()).forEach(r -> statuses.add(r.status().kind()));
        assertThat(statuses).contains(StatusKind.DECEASED, StatusKind.WORKING_AWAY);
        // some elderly living alone have no child at all (the childless share), most have one
        List<Person> alone = persons.stream().filter(p -> p.livingSituation().equals(Optional.of(LivingSituation.LIVING_ALONE))).toList();
        long childless = alone.stream().filter(p -> p.relatives(RelativeKind.CHILD).isEmpty()).count();
        assertThat(childless).isPositive().isLessThan(alone.size() / 4);
    }

    @Test
    void everyElderlyPerson_hasALivingSituation_matchingTheHousehold() {
        for (Household h : district.households()) {
            for (Member m : h.members()) {
                if (m.person().ageOn(START) >= 60) {
                    LivingSituation s = m.person().livingSituation().orElseThrow();
                    assertThat(s == LivingSituation.LIVING_ALONE).as(h.id().value()).isEqualTo(h.size() == 1);
                }
            }
        }
    }

    @Test
    void schoolChildren_areEnrolled_andAssessmentsAndRigidExpenditureAreStored() {
        assertThat(persons.stream().filter(p -> p.ageOn(START) >= 6 && p.ageOn(START) <= 17))
                .allMatch(p -> p.schoolOn(START).isPresent());
        assertThat(persons.stream().filter(p -> p.capabilityOn(START).isPresent())).isNotEmpty();
        assertThat(district.households().stream().flatMap(h -> h.rigidExpenditures().stream())
                .map(e -> e.kind()).distinct()).contains(ExpenditureKind.MEDICAL, ExpenditureKind.EDUCATION);
        // disabled adults living apart from their parents have them recorded, alive or not
        assertThat(persons.stream().filter(p -> p.ageOn(START) >= 16 && p.ageOn(START) < 60 && p.disability().isPresent())
                .flatMap(p -> p.relatives(RelativeKind.PARENT).stream())).isNotEmpty();
    }

    @Test
    void theSameSeed_givesTheSameRelatives() {
        SyntheticDistrict again = PopulationGenerator.generate(2022, 0.03, Parameters.defaults(Money.of("840.00")), FIRST,
                YearMonth.of(2022, 10));
        List<Person> other = again.households().stream().flatMap(h -> h.persons().stream()).toList();
        assertThat(other).hasSameSizeAs(persons);
        for (int i = 0; i < persons.size(); i += 97) {
            assertThat(other.get(i).relatives()).isEqualTo(persons.get(i).relatives());
            assertThat(other.get(i).livingSituation()).isEqualTo(persons.get(i).livingSituation());
        }
    }
}
