package org.minzheng.runtime;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.code.Coded;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;

/**
 * What the monthly run needs from the calculators: one assessment of one subject for one month,
 * and the run's regional rules. {@code CivilAffairs} binds it to the calculators and standards;
 * tests bind it to fakes.
 */
interface CaseAssessor {

    /**
     * Assesses a subject with the standards in force in a month.
     *
     * @param program the program
     * @param subject the household, the person for a person program, and their enrolments
     * @param region the case's region
     * @param month the month
     * @return the assessment
     */
    Assessment assess(Program program, Subject subject, RegionCode region, YearMonth month);

    /**
     * The gradual-exit period (渐退期, {@code dibao.grace-months}) in months, 0 for none.
     *
     * @param program the program
     * @param region the region
     * @param month the month
     * @return the months
     */
    int graceMonths(Program program, RegionCode region, YearMonth month);

    /**
     * What is assessed: the household, the person (for a person program), and the programs the
     * household and its members were enrolled in at the start of the month (a case active or in
     * gradual exit), which rules such as 两项补贴 (living subsidy only inside 低保) depend on.
     *
     * @param household the household
     * @param person the person, for a person program
     * @param householdPrograms the household's programs
     * @param personPrograms the members' programs
     * @param confirmations the person's entrusted-guardianship confirmations (委托监护责任确认书),
     *     loaded for 留守儿童 cases only
     */
    record Subject(Household household, Optional<Person> person, Set<Program> householdPrograms,
                   Map<PersonId, Set<Program>> personPrograms, List<GuardianshipConfirmation> confirmations) {

        public Subject {
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(householdPrograms, "householdPrograms");
            Objects.requireNonNull(personPrograms, "personPrograms");
            confirmations = List.copyOf(confirmations);
        }
    }

    /**
     * The outcome of an assessment as the run uses it.
     *
     * @param eligible whether the subject qualifies in the month
     * @param incomeAboveStandard whether the only reason against is income above the standard
     *     (which opens gradual exit rather than termination)
     * @param components the monthly amount by ledger component (empty for services)
     * @param category the category decided (困境儿童 category), if any
     * @param reasonCodes the decision's reason codes
     */
    record Assessment(boolean eligible, boolean incomeAboveStandard, Map<PaymentComponent, Money> components,
                      Optional<Coded> category, List<String> reasonCodes) {

        public Assessment {
            components = Map.copyOf(Objects.requireNonNull(components, "components"));
            Objects.requireNonNull(category, "category");
            reasonCodes = List.copyOf(reasonCodes);
        }
    }
}
