package org.minzheng.runtime;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.cases.Case;
import org.minzheng.core.code.Coded;
import org.minzheng.core.decision.AssessmentRequest;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.Program;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.standards.Standards;
import org.minzheng.spi.storage.Storage;

/**
 * Binds the monthly run to the calculators of {@link CivilAffairs}: builds the assessment request
 * (household or person, enrolments, guardianship confirmations), assesses, and reads the
 * gradual-exit period from the standards.
 */
final class CalculatorAssessor implements CaseAssessor {

    private final CivilAffairs ca;

    CalculatorAssessor(CivilAffairs ca) {
        this.ca = Objects.requireNonNull(ca, "ca");
    }

    @Override
    public Assessment assess(Program program, Subject s, RegionCode region, YearMonth month) {
        AssessmentRequest.Builder b = s.person().isPresent()
                ? AssessmentRequest.forPerson(s.household(), s.person().get().id())
                : AssessmentRequest.forHousehold(s.household());
        s.householdPrograms().forEach(b::enrolled);
        s.personPrograms().forEach((person, programs) -> programs.forEach(p -> b.enrolled(person, p)));
        s.confirmations().forEach(b::guardianshipConfirmation);
        Decision d = ca.assess(program, b.build(), month);
        List<ReasonCode> failed = d.reasons();
        boolean incomeOnly = !d.eligible() && !failed.isEmpty() && failed.stream().allMatch(r ->
                r == ReasonCode.DIBAO_INCOME_NOT_BELOW_STANDARD);
        return new Assessment(d.eligible(), incomeOnly, d.eligible() ? d.amountsByComponent() : java.util.Map.of(),
                d.category(), failed.stream().map(ReasonCode::code).toList());
    }

    @Override
    public int graceMonths(Program program, RegionCode region, YearMonth month) {
        if (program != Program.DIBAO) {
            return 0;
        }
        return ca.standards(region, month).find(Standards.DIBAO_GRACE_MONTHS).orElse(0);
    }

    /** The category of a child in difficulty by the child's assessment in a month, for reports. */
    Optional<Coded> childCategory(Storage view, Case c, YearMonth month) {
        Optional<PersonId> person = c.subject().person();
        if (person.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Household> h = view.persons().householdOf(person.get()).flatMap(id -> view.households().find(id));
            return h.flatMap(household -> ca.assess(Program.CHILD_SUBSIDY, household, person.get(), month).category());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
