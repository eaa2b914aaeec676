package org.minzheng.core.programs.dibao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;

/**
 * The dibao rule: eligibility and monthly amount of a household.
 *
 * <h2>Rule</h2>
 * <ol>
 *   <li>Standard S, members counted n and countable income I as {@link HouseholdMeans} counts them (exclusions
 *       and work-cost deductions as the region sets them).</li>
 *   <li>Eligible iff per-capita income I ÷ n is strictly below S — tested exactly as I &lt; S × n, never on a
 *       rounded per-capita figure — and the {@linkplain AssetTests asset tests} pass. When I ≥ S × n but
 *       I − earnings from work &lt; S × n, the decision notes {@link Dibao#INCOME_FROM_WORK}: only such a case
 *       enters gradual exit (渐退).</li>
 *   <li>Base = (S − I ÷ n) × n, computed exactly as S × n − I; or, where {@link Dibao#AMOUNT_METHOD} is tiered
 *       (分档), the share of S of the tier the per-capita income falls in (bounds {@link Dibao#TIER_1_BELOW},
 *       {@link Dibao#TIER_2_BELOW} as shares of S) × S × n.</li>
 *   <li>分类施保: for each counted member who is elderly (age ≥ {@link Dibao#ADDON_ELDERLY_AGE}), a minor
 *       (&lt; {@link Dibao#ADDON_MINOR_AGE}), severely disabled (grade 1–2) or seriously ill, the largest
 *       applicable share × S. Ages are completed years on the last day of the month.</li>
 *   <li>单人保: where {@link Dibao#SINGLE_PERSON_COVER} is set, a household that fails only the income test but
 *       is on the edge of dibao (I &lt; {@link Dibao#EDGE_MULTIPLE} × S × n, assets within the limits) has each
 *       counted severely disabled or seriously ill member whose own countable income is below S covered alone:
 *       base S − own income, with the member's add-on; the decision notes {@link Dibao#SINGLE_PERSON}.</li>
 *   <li>Amount = base + add-ons, rounded once per {@link Dibao#ROUNDING}.</li>
 * </ol>
 */
final class DibaoRule {

    private DibaoRule() {
    }

    static Decision decide(DibaoRequest r, ResolvedStandards standards, Decision.Builder d) {
        HouseholdMeans means = HouseholdMeans.of(r, standards, d);
        int n = means.counted().size();
        if (n == 0) {
            d.fail(Dibao.NO_MEMBERS);
            return d.build(Rounding.FEN);
        }
        Money standard = means.standard();
        BigDecimal income = means.income();
        PerCapita perCapita = means.perCapita();
        d.step("dibao.income", income, n, perCapita);
        List<Member> single = List.of();
        if (!means.belowLine()) {
            single = coveredAlone(means, r, standards, d);
            if (single.isEmpty()) {
                d.fail(Dibao.INCOME_NOT_BELOW_STANDARD).step("dibao.income-not-below", perCapita, standard);
                if (means.aboveThroughWork()) {
                    d.note(Dibao.INCOME_FROM_WORK).step("dibao.income-from-work", means.earned());
                }
            }
        }
        AssetTests.apply(d, standards, r.assets(), n, Dibao.FINANCIAL_ASSETS_OVER_LIMIT, Dibao.VEHICLES_OVER_LIMIT,
                Dibao.HOMES_OVER_LIMIT);
        if (d.failed()) {
            return d.build(Rounding.FEN);
        }
        List<Member> paidFor;
        if (single.isEmpty()) {
            if (d.use(standards, Dibao.AMOUNT_METHOD) == AmountMethod.TIERED) {
                tiered(means, standards, d);
            } else {
                BigDecimal base = means.line().subtract(income);
                d.component(PaymentComponent.BASE, null, base).step("dibao.base", standard, perCapita, n, base);
            }
            paidFor = means.counted();
        } else {
            for (Member m : single) {
                BigDecimal own = means.ownIncome(m.person().id());
                BigDecimal base = standard.amount().subtract(own);
                d.component(PaymentComponent.BASE, m.person().id(), base)
                        .step("dibao.single-person", m.relation(), standard, own, base);
            }
            paidFor = single;
        }
        addOns(paidFor, standard, r.endOfMonth(), standards, d);
        return d.build(d.use(standards, Dibao.ROUNDING));
    }

    /**
     * The members 单人保 covers alone, or none: the region allows it, the household fails only the income test
     * and is on the edge of dibao, and the member is severely disabled or seriously ill with own income below S.
     */
    private static List<Member> coveredAlone(HouseholdMeans means, DibaoRequest r, ResolvedStandards standards,
                                             Decision.Builder d) {
        List<Member> candidates = new ArrayList<>();
        for (Member m : means.counted()) {
            Person p = m.person();
            boolean severe = p.disability().isPresent() && p.disability().get().isSevere();
            if ((severe || p.seriouslyIll())
                    && means.ownIncome(p.id()).compareTo(means.standard().amount()) < 0) {
                candidates.add(m);
            }
        }
        if (candidates.isEmpty() || !AssetTests.pass(standards, r.assets(), means.counted().size())
                || !d.use(standards, Dibao.SINGLE_PERSON_COVER)) {
            return List.of();
        }
        BigDecimal multiple = d.use(standards, Dibao.EDGE_MULTIPLE);
        if (!means.belowMultiple(multiple)) {
            return List.of();
        }
        d.note(Dibao.SINGLE_PERSON).step("dibao.single-person-edge", means.perCapita(), multiple, means.standard());
        return candidates;
    }

    /**
     * 分档: tier 1 when income &lt; tier-1 bound × S × n, else tier 2 when &lt; tier-2 bound × S × n, else tier 3;
     * base = the tier's share × S × n.
     */
    private static void tiered(HouseholdMeans means, ResolvedStandards standards, Decision.Builder d) {
        BigDecimal line = means.line();
        BigDecimal below1 = d.use(standards, Dibao.TIER_1_BELOW);
        int tier;
        BigDecimal share;
        if (means.income().compareTo(line.multiply(below1)) < 0) {
            tier = 1;
            share = d.use(standards, Dibao.TIER_1_SHARE);
        } else if (means.income().compareTo(line.multiply(d.use(standards, Dibao.TIER_2_BELOW))) < 0) {
            tier = 2;
            share = d.use(standards, Dibao.TIER_2_SHARE);
        } else {
            tier = 3;
            share = d.use(standards, Dibao.TIER_3_SHARE);
        }
        BigDecimal base = share.multiply(line);
        d.component(PaymentComponent.BASE, null, base)
                .step("dibao.tier", tier, means.perCapita(), share, means.standard(), means.counted().size(), base);
    }

    /** 分类施保: the largest applicable share of the standard for each member paid for. */
    private static void addOns(List<Member> members, Money standard, LocalDate end, ResolvedStandards standards,
                               Decision.Builder d) {
        BigDecimal shareElderly = d.use(standards, Dibao.ADDON_SHARE_ELDERLY);
        BigDecimal shareMinor = d.use(standards, Dibao.ADDON_SHARE_MINOR);
        BigDecimal shareSevere = d.use(standards, Dibao.ADDON_SHARE_SEVERE_DISABILITY);
        BigDecimal shareIll = d.use(standards, Dibao.ADDON_SHARE_SERIOUS_ILLNESS);
        if (shareElderly.signum() == 0 && shareMinor.signum() == 0 && shareSevere.signum() == 0
                && shareIll.signum() == 0) {
            return;
        }
        int elderlyAge = shareElderly.signum() > 0 ? d.use(standards, Dibao.ADDON_ELDERLY_AGE) : Integer.MAX_VALUE;
        int minorAge = shareMinor.signum() > 0 ? d.use(standards, Dibao.ADDON_MINOR_AGE) : 0;
        for (Member m : members) {
            Person p = m.person();
            int age = AgeBasis.ageOn(p.birthDate(), end);
            BigDecimal best = BigDecimal.ZERO;
            String why = null;
            if (age >= elderlyAge && shareElderly.compareTo(best) > 0) {
                best = shareElderly;
                why = "dibao.addon.elderly";
            }
            if (age < minorAge && shareMinor.compareTo(best) > 0) {
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
}
