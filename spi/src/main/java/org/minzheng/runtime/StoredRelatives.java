package org.minzheng.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relative;
import org.minzheng.core.rule.Enrolments;
import org.minzheng.core.rule.Supporter;

/**
 * The relatives of a person recorded with a reference to a person stored in another household, as supporters with
 * that person's own record, programs and income (decision records 0301 and 0359). One rule for the monthly run,
 * screening and {@link CivilAffairs#assess(org.minzheng.core.program.ProgramCode, Household, PersonId,
 * java.time.YearMonth)}; they differ only in where they look the household up.
 */
final class StoredRelatives {

    private StoredRelatives() {
    }

    /**
     * The supporters: the income recorded with the relative when there is one (a verified yearly figure), else
     * twelve times the monthly incomes the relative earns in their household. Relatives in the person's own household
     * are found by {@link org.minzheng.core.rule.Kinship} from the household; relatives not found stay described.
     *
     * @param person the person whose relatives are read
     * @param own the person's household
     * @param householdOf the stored household of a person, if found
     * @param enrolments the programs of the month (persons and households)
     * @return the supporters, in the order the relatives are recorded
     */
    static List<Supporter> of(Person person, Household own, Function<PersonId, Optional<Household>> householdOf,
                              Enrolments enrolments) {
        List<Supporter> out = new ArrayList<>();
        for (Relative r : person.relatives()) {
            if (r.person().isEmpty()) {
                continue;
            }
            PersonId id = r.person().get();
            Optional<Household> found = householdOf.apply(id);
            if (found.isEmpty() || found.get().id().equals(own.id())) {
                continue;
            }
            Household theirs = found.get();
            Optional<Person> stored = theirs.member(id).map(m -> m.person());
            if (stored.isEmpty()) {
                continue;
            }
            Set<ProgramCode> programs = new HashSet<>(enrolments.ofPerson(id));
            programs.addAll(enrolments.ofHousehold(theirs.id()));
            Money income = r.annualIncome().orElseGet(() -> theirs.incomesOf(id).stream()
                    .map(Income::monthlyAmount).reduce(Money.ZERO, Money::plus).times(12));
            out.add(new Supporter(stored.get(), programs, Optional.of(income), r.withoutCivilCapacity()));
        }
        return out;
    }
}
