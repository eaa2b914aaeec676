package org.minzheng.core.decision;

import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.dibao.DibaoRequest;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.programs.NationalPrograms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.core.decision.Fixtures.OCT_2022;
import static org.minzheng.core.decision.Fixtures.born;
import static org.minzheng.core.decision.Fixtures.household;
import static org.minzheng.core.decision.Fixtures.standards;
import static org.minzheng.core.decision.Fixtures.standardsBuilder;
import static org.minzheng.core.decision.Fixtures.threePersons;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.standards.MissingStandardException;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.StandardValue;

class DibaoCalculatorTest {

    static Decision dibao(Household h, ResolvedStandards s) {
        return Dibao.PROGRAM.assess(Fixtures.facts(h).build(), s);
    }

    @Test
    void assess_threePersons1200Wage_base1209() {
        // standard 803; per capita 1200 ÷ 3 = 400; (803 − 400) × 3 = 1209.00
        Decision d = dibao(threePersons("1200"), standards());
        assertThat(d.eligible()).isTrue();
        assertThat(d.amount()).isEqualTo(Money.of("1209.00"));
        assertThat(d.components()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(PaymentComponent.BASE);
            assertThat(c.exactAmount()).isEqualByComparingTo("1209");
        });
        assertThat(d.standardsUsed()).extracting(r -> r.standard().code()).contains("dibao.standard.rural");
        assertThat(d.standardsUsed().get(0).source()).isEqualTo(StandardValue.ILLUSTRATIVE);
    }

    @Test
    void assess_incomeEqualToStandard_notEligible() {
        // 803 × 3 = 2409: per-capita income 803 is not strictly below 803
        Decision d = dibao(threePersons("2409"), standards());
        assertThat(d.eligible()).isFalse();
        assertThat(d.reasons()).containsExactly(Dibao.INCOME_NOT_BELOW_STANDARD);
        assertThat(d.amount()).isEqualTo(Money.ZERO);
        assertThat(d.components()).isEmpty();
    }

    @Test
    void assess_incomeOneFenBelow_eligibleForOneFen() {
        // 2409 − 2408.99 = 0.01
        Decision d = dibao(threePersons("2408.99"), standards());
        assertThat(d.eligible()).isTrue();
        assertThat(d.amount()).isEqualTo(Money.of("0.01"));
    }

    @Test
    void assess_inexactPerCapita_neverRoundedBeforeMultiplying() {
        // 1000 ÷ 3 = 333.33…; exact: 803 × 3 − 1000 = 1409.00 (rounding 333.33 first would give 1409.01)
        Decision d = dibao(threePersons("1000"), standards());
        assertThat(d.amount()).isEqualTo(Money.of("1409.00"));
        assertThat(d.explanation().render(Locale.ENGLISH)).contains("≈333.33");
    }

    @Test
    void assess_nonCountableIncomeIgnored() {
        // social-assistance money and veterans' benefits do not count: base stays 1209.00
        Person head = born(1975, 3, 8);
        Household h = household(head).member(born(1978, 6, 20), Relation.SPOUSE).member(born(2010, 9, 1), Relation.CHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of("1200"), head.id()))
                .income(Income.of(IncomeKind.SOCIAL_ASSISTANCE, Money.of("500")))
                .income(Income.of(IncomeKind.VETERANS_BENEFIT, Money.of("300"))).build();
        assertThat(dibao(h, standards()).amount()).isEqualTo(Money.of("1209.00"));
    }

    @Test
    void assess_urbanHousehold_usesUrbanStandard() {
        // urban 900: (900 − 400) × 3 = 1500.00
        Person head = born(1975, 3, 8);
        Household h = household(head).hukou(HukouType.URBAN).member(born(1978, 6, 20), Relation.SPOUSE)
                .member(born(2010, 9, 1), Relation.CHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of("1200"), head.id())).build();
        Decision d = dibao(h, standardsBuilder().set(Dibao.STANDARD_URBAN, Money.of("900")).build());
        assertThat(d.amount()).isEqualTo(Money.of("1500.00"));
    }

    @Test
    void assess_addOns_largestSharePerMember() {
        // head 82 (elderly 0.1) and severely disabled (0.2) → 0.2 × 803 = 160.60;
        // child 12 (minor 0.15) → 120.45; base (803 × 3 − 1200) = 1209.00; total 1490.05
        Person head = Fixtures.person(LocalDate.of(1940, 1, 1))
                .disability(Fixtures.disability(DisabilityCategory.PHYSICAL, 1)).build();
        Household h = household(head).member(born(1970, 6, 20), Relation.CHILD)
                .member(born(2010, 9, 1), Relation.GRANDCHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of("1200"))).build();
        ResolvedStandards s = standardsBuilder().set(Dibao.ADDON_SHARE_ELDERLY, new BigDecimal("0.1"))
                .set(Dibao.ADDON_SHARE_SEVERE_DISABILITY, new BigDecimal("0.2"))
                .set(Dibao.ADDON_SHARE_MINOR, new BigDecimal("0.15")).build();
        Decision d = dibao(h, s);
        assertThat(d.amount()).isEqualTo(Money.of("1490.05"));
        assertThat(d.components()).extracting(DecisionComponent::kind)
                .containsExactly(PaymentComponent.BASE, PaymentComponent.ADD_ON, PaymentComponent.ADD_ON);
        assertThat(d.amountsByComponent()).containsEntry(PaymentComponent.BASE, Money.of("1209.00"))
                .containsEntry(PaymentComponent.ADD_ON, Money.of("281.05"));
        assertThat(d.explanation().render(Locale.ENGLISH)).contains("severely disabled: 0.20 × 803.00 = 160.60");
        assertThat(d.explanation().render(Locale.SIMPLIFIED_CHINESE)).contains("未成年人");
    }

    @Test
    void assess_addOnAgeBoundary_elderlyFromTheBirthMonth() {
        // head turns 60 on 2022-10-31 → elderly in October (0.1 × 803 = 80.30); born 11-01 → not yet
        ResolvedStandards s = standardsBuilder().set(Dibao.ADDON_SHARE_ELDERLY, new BigDecimal("0.1")).build();
        Household turning = household(born(1962, 10, 31)).build();
        Household notYet = household(born(1962, 11, 1)).build();
        assertThat(dibao(turning, s).amount()).isEqualTo(Money.of("883.30"));
        assertThat(dibao(notYet, s).amount()).isEqualTo(Money.of("803.00"));
    }

    @Test
    void assess_roundingOnceAtTheEnd() {
        // two minors at share 0.333: 0.333 × 803 = 267.399 each; base 803 × 3 − 1500 = 909;
        // exact 909 + 534.798 = 1443.798 → 1443.80 (rounding each add-on first would give 1443.80 too,
        // but yuan rounding of the total: 1444.00, not 909 + 267 + 267 = 1443)
        Person head = born(1980, 1, 1);
        Household h = household(head).member(born(2012, 1, 1), Relation.CHILD).member(born(2014, 1, 1), Relation.CHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of("1500"), head.id())).build();
        ResolvedStandards s = standardsBuilder().set(Dibao.ADDON_SHARE_MINOR, new BigDecimal("0.333")).build();
        Decision fen = dibao(h, s);
        assertThat(fen.amount()).isEqualTo(Money.of("1443.80"));
        assertThat(fen.roundingAdjustment()).isEqualByComparingTo("0.002");
        Decision yuan = dibao(h, standardsBuilder().set(Dibao.ADDON_SHARE_MINOR, new BigDecimal("0.333"))
                .set(Dibao.ROUNDING, Rounding.YUAN).build());
        assertThat(yuan.amount()).isEqualTo(Money.of("1444.00"));
        assertThat(yuan.amountsByComponent().values().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(yuan.amount());
    }

    @Test
    void assess_tekunMemberNotCounted_norIncome() {
        // three members, one in 特困 support with a 300 pension: n = 2, income 1200 → 803 × 2 − 1200 = 406.00
        Person head = born(1975, 3, 8);
        Person uncle = born(1950, 1, 1);
        Household h = household(head).member(born(1978, 6, 20), Relation.SPOUSE).member(uncle, Relation.OTHER)
                .income(Income.of(IncomeKind.WAGE, Money.of("1200"), head.id()))
                .income(Income.of(IncomeKind.PENSION, Money.of("300"), uncle.id())).build();
        Decision d = Dibao.PROGRAM.assess(Fixtures.facts(h)
                .enrolments(Fixtures.personIn(uncle.id(), NationalPrograms.TEKUN)).build(), standards());
        assertThat(d.amount()).isEqualTo(Money.of("406.00"));
        assertThat(d.notes()).contains(Dibao.MEMBER_EXCLUDED);
    }

    @Test
    void assess_memberServingSentence_notCounted() {
        // n = 2: 803 × 2 − 1200 = 406.00
        Person head = born(1975, 3, 8);
        Person prisoner = Fixtures.person(LocalDate.of(1978, 6, 20))
                .status(StatusKind.SERVING_SENTENCE, LocalDate.of(2021, 1, 1)).build();
        Household h = household(head).member(prisoner, Relation.SPOUSE).member(born(2010, 9, 1), Relation.CHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of("1200"), head.id())).build();
        assertThat(dibao(h, standards()).amount()).isEqualTo(Money.of("406.00"));
    }

    @Test
    void assess_financialAssetsAtAndOverLimit() {
        // limit 20000 per capita × 3 = 60000: 60000 passes, 60000.01 fails
        ResolvedStandards s = standardsBuilder().set(Dibao.ASSET_FINANCIAL_PER_CAPITA, Money.of("20000")).build();
        Household at = threePersons("1200").toBuilder()
                .assets(Assets.NONE.withDeposits(Money.of("50000")).withSecurities(Money.of("10000"))).build();
        Household over = at.toBuilder().assets(at.assets().withDeposits(Money.of("50000.01"))).build();
        assertThat(dibao(at, s).eligible()).isTrue();
        assertThat(dibao(over, s).reasons()).containsExactly(Dibao.FINANCIAL_ASSETS_OVER_LIMIT);
    }

    @Test
    void assess_vehiclesAndHomesLimits() {
        ResolvedStandards s = standardsBuilder().set(Dibao.ASSET_VEHICLES, 0)
                .set(Dibao.ASSET_EXTRA_HOMES, 0).build();
        Household h = threePersons("1200").toBuilder()
                .assets(Assets.NONE.withVehicles(1, Money.of("30000")).withRealEstate(2, Money.of("500000"))).build();
        assertThat(dibao(h, s).reasons()).containsExactly(Dibao.VEHICLES_OVER_LIMIT,
                Dibao.HOMES_OVER_LIMIT);
        Household oneHome = threePersons("1200").toBuilder()
                .assets(Assets.NONE.withRealEstate(1, Money.of("300000"))).build();
        assertThat(dibao(oneHome, s).eligible()).isTrue();
    }

    @Test
    void assess_noAssetStandard_noAssetTest() {
        Household rich = threePersons("1200").toBuilder().assets(Assets.NONE.withDeposits(Money.of("9999999"))).build();
        assertThat(dibao(rich, standards()).eligible()).isTrue();
    }

    @Test
    void assess_regionalIncomeRule_replacesNational() {
        // a region that does not count pensions: income 1200 wage only → 1209.00 instead of 909.00
        Person head = born(1950, 3, 8);
        Household h = household(head).member(born(1978, 6, 20), Relation.CHILD).member(born(2010, 9, 1), Relation.GRANDCHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of("1200")))
                .income(Income.of(IncomeKind.PENSION, Money.of("300"), head.id())).build();
        ProgramRule<DibaoRequest> noPensions = Dibao.PROGRAM.derive(f -> {
            DibaoRequest r = DibaoRequest.from(f);
            return new DibaoRequest(r.hukou(), r.members(), r.inTekun(),
                    r.incomes().stream().filter(i -> i.kind() != IncomeKind.PENSION).toList(), r.assets(), r.endOfMonth());
        }, Dibao.RULE).build();
        SubjectFacts f = Fixtures.facts(h).build();
        assertThat(Dibao.PROGRAM.assess(f, standards()).amount()).isEqualTo(Money.of("909.00"));
        assertThat(noPensions.assess(f, standards()).amount()).isEqualTo(Money.of("1209.00"));
    }

    @Test
    void assess_missingStandard_namesStandardRegionDate() {
        ResolvedStandards empty = ResolvedStandards.builder(Fixtures.GAOQIAO, OCT_2022.atDay(1)).build();
        assertThatThrownBy(() -> dibao(threePersons("1200"), empty)).isInstanceOf(MissingStandardException.class)
                .hasMessageContaining("dibao.standard.rural").hasMessageContaining("321112100")
                .hasMessageContaining("2022-10-01");
    }

    @Test
    void explanation_rendersBothLanguages_withTotal() {
        Decision d = dibao(threePersons("1200"), standards());
        String en = d.explanation().render(Locale.ENGLISH);
        String zh = d.explanation().render(Locale.SIMPLIFIED_CHINESE);
        assertThat(en).contains("Dibao standard (rural hukou): 803.00 yuan per person per month.")
                .contains("Base amount: (803.00 − 400.00) × 3 = 1209.00 yuan.").contains("Monthly amount: 1209.00 yuan.");
        assertThat(zh).contains("低保标准（农村户籍）：每人每月 803.00 元。").contains("月发放金额：1209.00 元。");
        assertThat(d.explanation().total()).contains(d.amount());
        Decision no = dibao(threePersons("2409"), standards());
        assertThat(no.explanation().render(Locale.ENGLISH))
                .contains("Not eligible: per-capita income is not below the dibao standard.");
        assertThat(no.explanation().render(Locale.CHINA)).contains("不符合条件：家庭人均收入不低于低保标准。");
    }
}
