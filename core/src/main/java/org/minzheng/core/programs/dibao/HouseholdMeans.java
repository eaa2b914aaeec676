package org.minzheng.core.programs.dibao;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.ExpenditureKind;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.RigidExpenditure;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Standard;

/**
 * The economic test of a household as 低保 counts it (家庭经济状况核算): the dibao standard by hukou, the members
 * counted, and the countable income after the exclusions and deductions the region sets. 低保 decides on it;
 * the identification of households on the edge of dibao (低保边缘家庭) and 单人保 read the same figures, so that the
 * three can never count a household differently.
 *
 * <h2>Counting</h2>
 * <ol>
 *   <li>Members counted: the members of the month except those in 特困 support, serving a sentence, in compulsory
 *       drug rehabilitation, declared missing or deceased (status in effect by the month's last day).</li>
 *   <li>An income counts when its kind counts ({@link IncomeKind#countsForDibao()}), except that the kinds with
 *       an exclusion standard — {@link IncomeKind#BASIC_PENSION}, {@link IncomeKind#FAMILY_PLANNING_AWARD},
 *       {@link IncomeKind#REWARD}, {@link IncomeKind#SOCIAL_ASSISTANCE} — count exactly when the region's
 *       {@code dibao.income.exclude.*} standard is false; and an income earned by a member not counted (or no
 *       member this month) does not count.</li>
 *   <li>Work costs: where {@link Dibao#WORK_COSTS} is set, it is deducted from each earner's counted wage income,
 *       never below zero (wages without an earner are one earner's).</li>
 *   <li>Earnings from work: the counted wage income after the deduction plus counted business income.</li>
 *   <li>Rigid expenditure (刚性支出扣减): where {@link Dibao#RIGID_DEDUCTION} is on, the monthly average of the
 *       household's recorded expenditure of the kinds the region deducts, over {@link Dibao#RIGID_MONTHS} months
 *       ending with the month assessed, capped by {@link Dibao#RIGID_CAP}, is deducted from the countable income
 *       (never below zero). It lowers {@link #income()} only: earnings from work and members' own incomes are
 *       unchanged.</li>
 * </ol>
 */
public final class HouseholdMeans {

    private final Money standard;
    private final List<Member> counted;
    private final int excluded;
    private final BigDecimal income;
    private final BigDecimal earned;
    private final Map<PersonId, BigDecimal> own;

    private HouseholdMeans(Money standard, List<Member> counted, int excluded, BigDecimal income, BigDecimal earned,
                           Map<PersonId, BigDecimal> own) {
        this.standard = standard;
        this.counted = List.copyOf(counted);
        this.excluded = excluded;
        this.income = income;
        this.earned = earned;
        this.own = Map.copyOf(own);
    }

    /**
     * Counts a household, recording on the decision the standards read and the explanation steps (standard,
     * members left out, incomes not counted, work costs, countable income). The steps use {@link Dibao#TEXTS}.
     *
     * @param r the household
     * @param standards the standards in force
     * @param d the decision being built
     * @return the figures
     */
    public static HouseholdMeans of(DibaoRequest r, ResolvedStandards standards, Decision.Builder d) {
        return of(r, standards, d, Dibao.MEMBER_EXCLUDED);
    }

    /**
     * Counts a household for another program, which notes members left out with a note of its own.
     *
     * @param r the household
     * @param standards the standards in force
     * @param d the decision being built
     * @param memberExcluded the program's note that some members are not counted
     * @return the figures
     */
    public static HouseholdMeans of(DibaoRequest r, ResolvedStandards standards, Decision.Builder d,
                                    ReasonCode memberExcluded) {
        LocalDate end = r.endOfMonth();
        HukouType hukou = r.hukou();
        Money standard = d.use(standards, hukou == HukouType.URBAN ? Dibao.STANDARD_URBAN : Dibao.STANDARD_RURAL);
        d.step("dibao.standard", hukou, standard);
        List<Member> counted = new ArrayList<>();
        for (Member m : r.members()) {
            if (!excluded(m.person(), r, end)) {
                counted.add(m);
            }
        }
        int excluded = r.members().size() - counted.size();
        if (excluded > 0) {
            d.note(memberExcluded).step("dibao.members-excluded", excluded);
        }
        Map<IncomeKind, Boolean> exclusion = new HashMap<>();
        BigDecimal notCounted = BigDecimal.ZERO;
        // wages by earner (null: not attributed), business and other countable income by earner
        Map<PersonId, BigDecimal> wages = new LinkedHashMap<>();
        BigDecimal unattributedWage = null;
        BigDecimal business = BigDecimal.ZERO;
        Map<PersonId, BigDecimal> own = new HashMap<>();
        BigDecimal other = BigDecimal.ZERO;
        for (Income inc : r.incomes()) {
            Optional<PersonId> earner = inc.earner();
            if (earner.isPresent() && counted.stream().noneMatch(m -> m.person().id().equals(earner.get()))) {
                continue; // earned by a member not counted, or no member this month
            }
            BigDecimal amount = inc.monthlyAmount().amount();
            if (!counts(inc.kind(), standards, d, exclusion)) {
                notCounted = notCounted.add(amount);
                continue;
            }
            if (inc.kind() == IncomeKind.WAGE) {
                if (earner.isPresent()) {
                    wages.merge(earner.get(), amount, BigDecimal::add);
                } else {
                    unattributedWage = unattributedWage == null ? amount : unattributedWage.add(amount);
                }
                continue;
            }
            if (inc.kind() == IncomeKind.BUSINESS) {
                business = business.add(amount);
            } else {
                other = other.add(amount);
            }
            earner.ifPresent(p -> own.merge(p, amount, BigDecimal::add));
        }
        if (notCounted.signum() > 0) {
            d.step("dibao.income-excluded", notCounted);
        }
        BigDecimal wageTotal = BigDecimal.ZERO;
        Optional<Money> costs = wages.isEmpty() && unattributedWage == null ? Optional.empty()
                : d.useIfPresent(standards, Dibao.WORK_COSTS);
        BigDecimal deducted = BigDecimal.ZERO;
        int earners = 0;
        for (Map.Entry<PersonId, BigDecimal> w : wages.entrySet()) {
            BigDecimal net = afterCosts(w.getValue(), costs);
            deducted = deducted.add(w.getValue().subtract(net));
            earners++;
            wageTotal = wageTotal.add(net);
            own.merge(w.getKey(), net, BigDecimal::add);
        }
        if (unattributedWage != null) {
            BigDecimal net = afterCosts(unattributedWage, costs);
            deducted = deducted.add(unattributedWage.subtract(net));
            earners++;
            wageTotal = wageTotal.add(net);
        }
        if (costs.isPresent() && deducted.signum() > 0) {
            d.step("dibao.work-costs", earners, costs.get(), deducted);
        }
        BigDecimal earned = wageTotal.add(business);
        BigDecimal income = earned.add(other);
        income = afterRigidExpenditure(r, income, standards, d);
        return new HouseholdMeans(standard, counted, excluded, income, earned, own);
    }

    /**
     * Deducts the household's rigid expenditure where the region allows it (decision record 0350): the kinds the
     * region deducts, summed over {@link Dibao#RIGID_MONTHS} months ending with the month assessed, averaged per
     * month to the fen rounded down (never more than was spent), capped by {@link Dibao#RIGID_CAP}, and the income
     * never below zero. Read and explained only when the household recorded some expenditure in the window.
     */
    private static BigDecimal afterRigidExpenditure(DibaoRequest r, BigDecimal income, ResolvedStandards standards,
                                                    Decision.Builder d) {
        if (r.rigidExpenditures().isEmpty() || !d.use(standards, Dibao.RIGID_DEDUCTION)) {
            return income;
        }
        int months = d.use(standards, Dibao.RIGID_MONTHS);
        YearMonth to = YearMonth.from(r.endOfMonth());
        YearMonth from = to.minusMonths(months - 1L);
        Map<ExpenditureKind, Boolean> deducted = new EnumMap<>(ExpenditureKind.class);
        BigDecimal spent = BigDecimal.ZERO;
        for (RigidExpenditure e : r.rigidExpenditures()) {
            if (e.month().isBefore(from) || e.month().isAfter(to)
                    || !deducted.computeIfAbsent(e.kind(), k -> d.use(standards, kindStandard(k)))) {
                continue;
            }
            spent = spent.add(e.amount().amount());
        }
        if (spent.signum() == 0) {
            return income;
        }
        BigDecimal average = spent.divide(BigDecimal.valueOf(months), 2, RoundingMode.DOWN);
        Optional<Money> cap = d.useIfPresent(standards, Dibao.RIGID_CAP);
        BigDecimal deduction = cap.map(c -> average.min(c.amount())).orElse(average);
        BigDecimal after = income.subtract(deduction).max(BigDecimal.ZERO);
        d.step("dibao.rigid-expenditure", months, spent, average,
                cap.map(Money::toString).orElse("—"), income.subtract(after));
        return after;
    }

    /**
     * The standard that says whether a kind of rigid expenditure is deducted.
     *
     * @param kind the kind
     * @return its standard
     */
    static Standard<Boolean> kindStandard(ExpenditureKind kind) {
        return switch (kind) {
            case MEDICAL -> Dibao.RIGID_MEDICAL;
            case EDUCATION -> Dibao.RIGID_EDUCATION;
            case OTHER -> Dibao.RIGID_OTHER;
        };
    }

    private static BigDecimal afterCosts(BigDecimal wage, Optional<Money> costs) {
        return costs.map(c -> wage.subtract(c.amount()).max(BigDecimal.ZERO)).orElse(wage);
    }

    /** Whether an income of a kind counts, reading the region's exclusion standard once per kind. */
    private static boolean counts(IncomeKind kind, ResolvedStandards standards, Decision.Builder d,
                                  Map<IncomeKind, Boolean> exclusion) {
        Standard<Boolean> s = exclusionStandard(kind);
        if (s == null) {
            return kind.countsForDibao();
        }
        return !exclusion.computeIfAbsent(kind, k -> d.use(standards, s));
    }

    /**
     * The standard that decides whether an income kind is left out, if the region decides it.
     *
     * @param kind the kind
     * @return the standard, or null when the national rule decides alone
     */
    static Standard<Boolean> exclusionStandard(IncomeKind kind) {
        return switch (kind) {
            case BASIC_PENSION -> Dibao.EXCLUDE_BASIC_PENSION;
            case FAMILY_PLANNING_AWARD -> Dibao.EXCLUDE_FAMILY_PLANNING;
            case REWARD -> Dibao.EXCLUDE_REWARD;
            case SOCIAL_ASSISTANCE -> Dibao.EXCLUDE_SOCIAL_ASSISTANCE;
            default -> null;
        };
    }

    /** Whether a member is left out of the dibao household count. */
    private static boolean excluded(Person p, DibaoRequest r, LocalDate end) {
        if (r.inTekun().contains(p.id())) {
            return true;
        }
        StatusKind k = p.status().kind();
        boolean out = k == StatusKind.SERVING_SENTENCE || k == StatusKind.COMPULSORY_REHABILITATION
                || k == StatusKind.DECLARED_MISSING || k == StatusKind.DECEASED;
        return out && !p.status().since().isAfter(end);
    }

    /**
     * The dibao standard by the household's hukou.
     *
     * @return the monthly standard per person
     */
    public Money standard() {
        return standard;
    }

    /**
     * The members counted.
     *
     * @return an unmodifiable list, in the household's order
     */
    public List<Member> counted() {
        return counted;
    }

    /**
     * The number of members of the month left out.
     *
     * @return the count
     */
    public int excluded() {
        return excluded;
    }

    /**
     * The household's countable monthly income.
     *
     * @return the exact total
     */
    public BigDecimal income() {
        return income;
    }

    /**
     * The part of {@link #income()} earned by work: wages after work costs, and business income.
     *
     * @return the exact total
     */
    public BigDecimal earned() {
        return earned;
    }

    /**
     * A counted member's own countable income (attributed to the member), after work costs.
     *
     * @param person the member
     * @return the exact total, zero when none
     */
    public BigDecimal ownIncome(PersonId person) {
        return own.getOrDefault(person, BigDecimal.ZERO);
    }

    /**
     * The standard times the members counted: the household's line (the income must be strictly below it).
     *
     * @return the exact line
     */
    public BigDecimal line() {
        return standard.amount().multiply(BigDecimal.valueOf(counted.size()));
    }

    /**
     * Whether the per-capita countable income is strictly below the standard (tested as income &lt; line).
     *
     * @return true when below the line
     */
    public boolean belowLine() {
        return income.compareTo(line()) < 0;
    }

    /**
     * Whether the per-capita income is strictly below a multiple of the standard.
     *
     * @param multiple the multiple, e.g. 1.5
     * @return true when below
     */
    public boolean belowMultiple(BigDecimal multiple) {
        return income.compareTo(line().multiply(multiple)) < 0;
    }

    /**
     * Whether the household is above the line only because members work: not below the line, but below it
     * without {@link #earned()}.
     *
     * @return true when earnings from work lift the household to or above the line
     */
    public boolean aboveThroughWork() {
        return !belowLine() && earned.signum() > 0 && income.subtract(earned).compareTo(line()) < 0;
    }

    /**
     * The per-capita income, for explanations.
     *
     * @return the figure
     */
    public PerCapita perCapita() {
        return new PerCapita(income, counted.size());
    }
}
