package org.minzheng.core.programs.dibao;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
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
    /** Income attributed to counted members: entries of one person are added up when asked (rarely). */
    private final PersonId[] ownIds;
    private final BigDecimal[] ownAmounts;
    private final int ownCount;
    /** The standard times the members counted, asked for several times per decision. */
    private final BigDecimal line;

    private HouseholdMeans(Money standard, List<Member> counted, int excluded, BigDecimal income, BigDecimal earned,
                           PersonId[] ownIds, BigDecimal[] ownAmounts, int ownCount) {
        this.standard = standard;
        this.counted = List.copyOf(counted);
        this.excluded = excluded;
        this.income = income;
        this.earned = earned;
        this.ownIds = ownIds;
        this.ownAmounts = ownAmounts;
        this.ownCount = ownCount;
        this.line = standard.amount().multiply(BigDecimal.valueOf(this.counted.size()));
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
        // every household is assessed this way in a monthly run: no collection is made unless a member is
        // excluded, a wage has an earner or an income belongs to a member (the common household has none of these)
        List<Member> all = r.members();
        List<Member> counted = null;
        for (int i = 0; i < all.size(); i++) {
            boolean out = excluded(all.get(i).person(), r, end);
            if (out && counted == null) {
                counted = new ArrayList<>(all.subList(0, i));
            } else if (!out && counted != null) {
                counted.add(all.get(i));
            }
        }
        if (counted == null) {
            counted = all;
        }
        int excluded = all.size() - counted.size();
        if (excluded > 0) {
            d.note(memberExcluded).step("dibao.members-excluded", excluded);
        }
        BigDecimal notCounted = BigDecimal.ZERO;
        // wages by earner in the order first seen (earners[i] null: not attributed), business and other countable
        // income by earner
        List<Income> incomes = r.incomes();
        PersonId[] earners = null;
        BigDecimal[] wages = null;
        int wageEarners = 0;
        BigDecimal unattributedWage = null;
        BigDecimal business = BigDecimal.ZERO;
        PersonId[] ownIds = null;
        BigDecimal[] ownAmounts = null;
        int ownCount = 0;
        BigDecimal other = BigDecimal.ZERO;
        for (int i = 0; i < incomes.size(); i++) {
            Income inc = incomes.get(i);
            Optional<PersonId> earner = inc.earner();
            if (earner.isPresent() && !isIn(counted, earner.get())) {
                continue; // earned by a member not counted, or no member this month
            }
            BigDecimal amount = inc.monthlyAmount().amount();
            if (!counts(inc.kind(), standards, d)) {
                notCounted = notCounted.add(amount);
                continue;
            }
            if (inc.kind() == IncomeKind.WAGE) {
                if (earner.isPresent()) {
                    if (earners == null) {
                        earners = new PersonId[incomes.size()];
                        wages = new BigDecimal[incomes.size()];
                    }
                    int k = 0;
                    while (k < wageEarners && !earners[k].equals(earner.get())) {
                        k++;
                    }
                    if (k == wageEarners) {
                        earners[wageEarners++] = earner.get();
                        wages[k] = amount;
                    } else {
                        wages[k] = wages[k].add(amount);
                    }
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
            if (earner.isPresent()) {
                if (ownIds == null) {
                    ownIds = new PersonId[2 * incomes.size()];
                    ownAmounts = new BigDecimal[ownIds.length];
                }
                ownIds[ownCount] = earner.get();
                ownAmounts[ownCount++] = amount;
            }
        }
        if (notCounted.signum() > 0) {
            d.step("dibao.income-excluded", notCounted);
        }
        BigDecimal wageTotal = BigDecimal.ZERO;
        Optional<Money> costs = wageEarners == 0 && unattributedWage == null ? Optional.empty()
                : d.useIfPresent(standards, Dibao.WORK_COSTS);
        BigDecimal deducted = BigDecimal.ZERO;
        int earnerCount = 0;
        for (int k = 0; k < wageEarners; k++) {
            BigDecimal net = afterCosts(wages[k], costs);
            deducted = deducted.add(wages[k].subtract(net));
            earnerCount++;
            wageTotal = wageTotal.add(net);
            if (ownIds == null) {
                ownIds = new PersonId[2 * incomes.size()];
                ownAmounts = new BigDecimal[ownIds.length];
            }
            ownIds[ownCount] = earners[k];
            ownAmounts[ownCount++] = net;
        }
        if (unattributedWage != null) {
            BigDecimal net = afterCosts(unattributedWage, costs);
            deducted = deducted.add(unattributedWage.subtract(net));
            earnerCount++;
            wageTotal = wageTotal.add(net);
        }
        if (costs.isPresent() && deducted.signum() > 0) {
            d.step("dibao.work-costs", earnerCount, costs.get(), deducted);
        }
        BigDecimal earned = wageTotal.add(business);
        BigDecimal income = earned.add(other);
        income = afterRigidExpenditure(r, income, standards, d);
        return new HouseholdMeans(standard, counted, excluded, income, earned, ownIds, ownAmounts, ownCount);
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
    private static boolean counts(IncomeKind kind, ResolvedStandards standards, Decision.Builder d) {
        Standard<Boolean> s = exclusionStandard(kind);
        if (s == null) {
            return kind.countsForDibao();
        }
        return !d.use(standards, s); // the builder records each standard once
    }

    private static boolean isIn(List<Member> members, PersonId id) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).person().id().equals(id)) {
                return true;
            }
        }
        return false;
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
        java.util.Objects.requireNonNull(person, "person");
        BigDecimal sum = null;
        for (int i = 0; i < ownCount; i++) {
            if (ownIds[i].equals(person)) {
                sum = sum == null ? ownAmounts[i] : sum.add(ownAmounts[i]);
            }
        }
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /**
     * The standard times the members counted: the household's line (the income must be strictly below it).
     *
     * @return the exact line
     */
    public BigDecimal line() {
        return line;
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
