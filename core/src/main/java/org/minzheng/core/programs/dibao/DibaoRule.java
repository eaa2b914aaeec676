package org.minzheng.core.programs.dibao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;

/**
 * The dibao rule: eligibility and monthly amount of a household.
 *
 * <h2>Rule</h2>
 * <ol>
 *   <li>Standard S = {@link Dibao#STANDARD_URBAN} or {@link Dibao#STANDARD_RURAL} by the household's hukou.</li>
 *   <li>Members counted, n: the members of the month except those in 特困 support (paid through 特困, never
 *       also dibao for themselves), serving a sentence, in compulsory drug rehabilitation, declared missing or
 *       deceased (status in effect by the month's last day).</li>
 *   <li>Countable income I: the monthly incomes that count ({@link
 *       org.minzheng.core.registry.IncomeKind#countsForDibao()}), except incomes earned by members not
 *       counted or not members in the month.</li>
 *   <li>Eligible iff per-capita income I ÷ n is strictly below S — tested exactly as I &lt; S × n, never on a
 *       rounded per-capita figure — and the {@linkplain AssetTests asset tests} pass.</li>
 *   <li>Base = (S − I ÷ n) × n, computed exactly as S × n − I.</li>
 *   <li>分类施保: for each counted member who is elderly (age ≥ {@link Dibao#ADDON_ELDERLY_AGE}), a minor
 *       (&lt; 18), severely disabled (grade 1–2) or seriously ill, the largest applicable share × S. Ages are
 *       completed years on the last day of the month.</li>
 *   <li>Amount = base + add-ons, rounded once per {@link Dibao#ROUNDING}.</li>
 * </ol>
 */
final class DibaoRule {

    private DibaoRule() {
    }

    static Decision decide(DibaoRequest r, ResolvedStandards standards, Decision.Builder d) {
        LocalDate end = r.endOfMonth();
        HukouType hukou = r.hukou();
        Money standard = d.use(standards, hukou == HukouType.URBAN ? Dibao.STANDARD_URBAN : Dibao.STANDARD_RURAL);
        d.step("dibao.standard", hukou, standard);

        List<Member> members = r.members();
        boolean[] counted = new boolean[members.size()];
        int n = 0;
        for (int i = 0; i < counted.length; i++) {
            counted[i] = !excluded(members.get(i).person(), r, end);
            if (counted[i]) {
                n++;
            }
        }
        if (n < counted.length) {
            d.note(Dibao.MEMBER_EXCLUDED).step("dibao.members-excluded", counted.length - n);
        }
        if (n == 0) {
            d.fail(Dibao.NO_MEMBERS);
            return d.build(Rounding.FEN);
        }
        BigDecimal income = BigDecimal.ZERO;
        for (Income inc : r.incomes()) {
            if (inc.kind().countsForDibao() && earnedByCounted(inc, members, counted)) {
                income = income.add(inc.monthlyAmount().amount());
            }
        }
        BigDecimal threshold = standard.amount().multiply(BigDecimal.valueOf(n));
        PerCapita perCapita = new PerCapita(income, n);
        d.step("dibao.income", income, n, perCapita);
        if (income.compareTo(threshold) >= 0) {
            d.fail(Dibao.INCOME_NOT_BELOW_STANDARD).step("dibao.income-not-below", perCapita, standard);
        }
        AssetTests.apply(d, standards, r.assets(), n, Dibao.FINANCIAL_ASSETS_OVER_LIMIT, Dibao.VEHICLES_OVER_LIMIT,
                Dibao.HOMES_OVER_LIMIT);
        if (d.failed()) {
            return d.build(Rounding.FEN);
        }
        BigDecimal base = threshold.subtract(income);
        d.component(PaymentComponent.BASE, null, base).step("dibao.base", standard, perCapita, n, base);

        BigDecimal shareElderly = d.use(standards, Dibao.ADDON_SHARE_ELDERLY);
        BigDecimal shareMinor = d.use(standards, Dibao.ADDON_SHARE_MINOR);
        BigDecimal shareSevere = d.use(standards, Dibao.ADDON_SHARE_SEVERE_DISABILITY);
        BigDecimal shareIll = d.use(standards, Dibao.ADDON_SHARE_SERIOUS_ILLNESS);
        if (shareElderly.signum() > 0 || shareMinor.signum() > 0 || shareSevere.signum() > 0 || shareIll.signum() > 0) {
            int elderlyAge = d.use(standards, Dibao.ADDON_ELDERLY_AGE);
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
                    d.component(PaymentComponent.ADD_ON, p.id(), addon).step(why, m.relation(), age, best, standard, addon);
                }
            }
        }
        return d.build(d.use(standards, Dibao.ROUNDING));
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
        return false; // earned by a member who is no member this month (not yet born, deceased before it)
    }
}
