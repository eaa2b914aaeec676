package org.minzheng.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.registry.Person;

/**
 * A calculator stand-in with simple, visible rules: 低保 standard 800 per person, gradual exit of
 * two months, no vehicles allowed; 尊老金 60 a month from the month of the 80th birthday; living
 * subsidy 100 only inside 低保; every other program eligible without money.
 */
final class FakeAssessor implements CaseAssessor {

    static final BigDecimal STANDARD = new BigDecimal("800");
    final Set<String> failingHouseholds = new HashSet<>();
    int calls;

    @Override
    public Assessment assess(Program program, Subject s, RegionCode region, YearMonth month) {
        calls++;
        if (failingHouseholds.contains(s.household().id().value())) {
            throw new IllegalStateException("standard missing for household " + s.household().id().value());
        }
        switch (program) {
            case DIBAO -> {
                if (s.household().assets().vehicles() > 0) {
                    return new Assessment(false, false, Map.of(), Optional.empty(), List.of("assets-above-limit"));
                }
                BigDecimal pci = s.household().countableMonthlyIncome().amount()
                        .divide(BigDecimal.valueOf(s.household().size()), 2, RoundingMode.HALF_UP);
                if (pci.compareTo(STANDARD) >= 0) {
                    return new Assessment(false, true, Map.of(), Optional.empty(), List.of("income-above-standard"));
                }
                Money amount = Money.of(STANDARD.subtract(pci).multiply(BigDecimal.valueOf(s.household().size()))
                        .setScale(2, RoundingMode.HALF_UP));
                return new Assessment(true, false, Map.of(PaymentComponent.BASE, amount), Optional.empty(), List.of("eligible"));
            }
            case SENIOR_ALLOWANCE -> {
                Person p = s.person().orElseThrow();
                boolean eligible = p.ageOn(month.atEndOfMonth()) >= 80;
                return new Assessment(eligible, false, eligible ? Map.of(PaymentComponent.BASE, Money.of("60.00")) : Map.of(),
                        Optional.empty(), List.of(eligible ? "eligible" : "under-age"));
            }
            case DISABILITY_LIVING_SUBSIDY -> {
                boolean inDibao = s.householdPrograms().contains(Program.DIBAO);
                return new Assessment(inDibao, false, inDibao ? Map.of(PaymentComponent.LIVING, Money.of("100.00")) : Map.of(),
                        Optional.empty(), List.of(inDibao ? "eligible" : "not-in-dibao"));
            }
            default -> {
                return new Assessment(true, false, Map.of(), Optional.empty(), List.of("eligible"));
            }
        }
    }

    @Override
    public int graceMonths(Program program, RegionCode region, YearMonth month) {
        return program == Program.DIBAO ? 2 : 0;
    }
}
