package org.minzheng.core.assistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.AssessmentRequest;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.RegionalRules;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standards;

/**
 * 最低生活保障 (dibao, the minimum living guarantee): eligibility and monthly amount of a household.
 * Legal basis: 《社会救助暂行办法》（国务院令第649号）第九条至第十三条; 《最低生活保障审核确认办法》（民发〔2021〕57号）.
 *
 * <h2>Rule</h2>
 * <ol>
 *   <li>Standard S = {@code dibao.standard.urban} or {@code dibao.standard.rural} by the household's hukou.</li>
 *   <li>Members counted, n: all members except those in 特困 support (paid through 特困, never also dibao
 *       for themselves), serving a sentence, in compulsory drug rehabilitation, declared missing or
 *       deceased (status in effect by the month's last day).</li>
 *   <li>Countable income I: the monthly incomes that count under the region's rules (national default:
 *       {@link org.minzheng.core.registry.IncomeKind#countsForDibao()}), except incomes earned by members
 *       not counted.</li>
 *   <li>Eligible iff per-capita income I ÷ n is strictly below S — tested exactly as I &lt; S × n, never on a
 *       rounded per-capita figure — and the asset tests the region sets pass: per-capita financial assets
 *       (deposits + securities) ÷ n ≤ {@code dibao.asset.financial-per-capita}; vehicles ≤ {@code
 *       dibao.asset.vehicles}; homes beyond the one lived in ≤ {@code dibao.asset.extra-homes}.</li>
 *   <li>Base = (S − I ÷ n) × n, computed exactly as S × n − I.</li>
 *   <li>分类施保: for each counted member who is elderly (age ≥ {@code dibao.addon.elderly-age}), a minor
 *       (&lt; 18), severely disabled (grade 1–2) or seriously ill, the largest applicable share × S. Ages
 *       are completed years on the last day of the month.</li>
 *   <li>Amount = base + add-ons, rounded once per {@code dibao.rounding}.</li>
 * </ol>
 */
public final class DibaoCalculator {

    private DibaoCalculator() {
    }

    /**
     * Assesses a household for dibao.
     *
     * @param request the household ({@link AssessmentRequest#forHousehold}); members personally enrolled in
     *        {@link Program#TEKUN} are not counted
     * @param standards the standards in force
     * @param month the month assessed
     * @param rules the region's rules
     * @return the decision
     * @throws org.minzheng.core.standards.MissingStandardException if the dibao standard has no value
     */
    public static Decision assess(AssessmentRequest request, ResolvedStandards standards, YearMonth month,
            RegionalRules rules) {
        Household h = request.household();
        Decision.Builder d = Decision.builder(Program.DIBAO, request.subjectRef(), month, h.region());
        LocalDate end = month.atEndOfMonth();
        HukouType hukou = h.hukou();
        Money standard = d.use(standards, hukou == HukouType.URBAN ? Standards.DIBAO_STANDARD_URBAN
                : Standards.DIBAO_STANDARD_RURAL);
        d.step("dibao.standard", hukou, standard);

        List<Member> members = h.members();
        boolean[] counted = new boolean[members.size()];
        int n = 0;
        for (int i = 0; i < counted.length; i++) {
            Person p = members.get(i).person();
            counted[i] = !excluded(p, request, end);
            if (counted[i]) {
                n++;
            }
        }
        if (n < counted.length) {
            d.note(ReasonCode.DIBAO_MEMBER_EXCLUDED).step("dibao.members-excluded", counted.length - n);
        }
        if (n == 0) {
            d.fail(ReasonCode.DIBAO_NO_MEMBERS);
            return d.build(Rounding.FEN);
        }
        BigDecimal income = BigDecimal.ZERO;
        for (Income inc : h.incomes()) {
            if (rules.countsForDibao(inc) && earnedByCounted(inc, members, counted)) {
                income = income.add(inc.monthlyAmount().amount());
            }
        }
        BigDecimal members_ = BigDecimal.valueOf(n);
        BigDecimal threshold = standard.amount().multiply(members_);
        PerCapita perCapita = new PerCapita(income, n);
        d.step("dibao.income", income, n, perCapita);
        if (income.compareTo(threshold) >= 0) {
            d.fail(ReasonCode.DIBAO_INCOME_NOT_BELOW_STANDARD)
                    .step("dibao.income-not-below", perCapita, standard);
        }
        assetTests(d, standards, h.assets(), n, false);
        if (d.failed()) {
            return d.build(Rounding.FEN);
        }
        BigDecimal base = threshold.subtract(income);
        d.component(PaymentComponent.BASE, null, base)
                .step("dibao.base", standard, perCapita, n, base);

        BigDecimal shareElderly = d.use(standards, Standards.DIBAO_ADDON_SHARE_ELDERLY);
        BigDecimal shareMinor = d.use(standards, Standards.DIBAO_ADDON_SHARE_MINOR);
        BigDecimal shareSevere = d.use(standards, Standards.DIBAO_ADDON_SHARE_SEVERE_DISABILITY);
        BigDecimal shareIll = d.use(standards, Standards.DIBAO_ADDON_SHARE_SERIOUS_ILLNESS);
        if (shareElderly.signum() > 0 || shareMinor.signum() > 0 || shareSevere.signum() > 0 || shareIll.signum() > 0) {
            int elderlyAge = d.use(standards, Standards.DIBAO_ADDON_ELDERLY_AGE);
            for (int i = 0; i < counted.length; i++) {
                if (!counted[i]) {
                    continue;
                }
                Member m = members.get(i);
                Person p = m.person();
                int age = AgeBasis.ageOn(p.birthDate(), end);
                BigDecimal best = BigDecimal.ZERO;
                String why = null;
                if (age >= elderlyAge && shareElderly.compareTo(best) > 0) {
                    best = shareElderly;
                    why = "dibao.addon.elderly";
                }
                if (age < 18 && shareMinor.compareTo(best) > 0) {
                    best = shareMinor;
                    why = "dibao.addon.minor";
                }
                if (p.disability().isPresent() && p.disability().get().isSevere() && shareSevere.compareTo(best) > 0) {
                    best = shareSevere;
                    why = "dibao.addon.severe-disability";
                }
                if (p.seriouslyIll() && shareIll.compareTo(best) > 0) {
                    best = shareIll;
                    why = "dibao.addon.serious-illness";
                }
                if (best.signum() > 0) {
                    BigDecimal addon = best.multiply(standard.amount());
                    d.component(PaymentComponent.ADD_ON, p.id(), addon)
                            .step(why, m.relation(), age, best, standard, addon);
                }
            }
        }
        return d.build(d.use(standards, Standards.DIBAO_ROUNDING));
    }

    /** Whether a member is left out of the dibao household count. */
    static boolean excluded(Person p, AssessmentRequest request, LocalDate end) {
        if (request.personIn(p.id(), Program.TEKUN)) {
            return true;
        }
        StatusKind k = p.status().kind();
        boolean out = k == StatusKind.SERVING_SENTENCE || k == StatusKind.COMPULSORY_REHABILITATION
                || k == StatusKind.DECLARED_MISSING || k == StatusKind.DECEASED;
        return out && !p.status().since().isAfter(end);
    }

    private static boolean earnedByCounted(Income inc, List<Member> members, boolean[] counted) {
        if (inc.earner().isEmpty()) {
            return true;
        }
        PersonId earner = inc.earner().get();
        for (int i = 0; i < counted.length; i++) {
            if (members.get(i).person().id().equals(earner)) {
                return counted[i];
            }
        }
        return true;
    }

    /** The asset tests a region sets; absent standards switch a test off. Shared with 特困 ({@code tekun}). */
    static void assetTests(Decision.Builder d, ResolvedStandards standards, Assets assets, int n, boolean tekun) {
        Optional<Money> financialLimit = d.useIfPresent(standards, Standards.DIBAO_ASSET_FINANCIAL_PER_CAPITA);
        if (financialLimit.isPresent()) {
            Money limit = financialLimit.get();
            BigDecimal financial = assets.financialAssets().amount();
            if (financial.compareTo(limit.amount().multiply(BigDecimal.valueOf(n))) > 0) {
                d.fail(tekun ? ReasonCode.TEKUN_ASSETS_OVER_LIMIT : ReasonCode.DIBAO_FINANCIAL_ASSETS_OVER_LIMIT)
                        .step("dibao.assets-financial", new PerCapita(financial, n), limit);
            }
        }
        Optional<Integer> vehicleLimit = d.useIfPresent(standards, Standards.DIBAO_ASSET_VEHICLES);
        if (vehicleLimit.isPresent()) {
            int limit = vehicleLimit.get();
            if (assets.vehicles() > limit) {
                d.fail(tekun ? ReasonCode.TEKUN_ASSETS_OVER_LIMIT : ReasonCode.DIBAO_VEHICLES_OVER_LIMIT).step("dibao.assets-vehicles", assets.vehicles(), limit);
            }
        }
        Optional<Integer> homesLimit = d.useIfPresent(standards, Standards.DIBAO_ASSET_EXTRA_HOMES);
        if (homesLimit.isPresent()) {
            int limit = homesLimit.get();
            int extra = Math.max(0, assets.realEstate() - 1);
            if (extra > limit) {
                d.fail(tekun ? ReasonCode.TEKUN_ASSETS_OVER_LIMIT : ReasonCode.DIBAO_HOMES_OVER_LIMIT).step("dibao.assets-homes", extra, limit);
            }
        }
    }

    /**
     * A per-capita figure shown in explanations only, computed when rendered: total ÷ members, to the fen,
     * marked "≈" when not exact. Never used in arithmetic.
     */
    record PerCapita(BigDecimal total, int members) {
        @Override
        public String toString() {
            BigDecimal n = BigDecimal.valueOf(members);
            BigDecimal q = total.divide(n, 2, RoundingMode.HALF_UP);
            return (q.multiply(n).compareTo(total) == 0 ? "" : "≈") + q.toPlainString();
        }
    }
}
