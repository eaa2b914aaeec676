package org.minzheng.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minzheng.core.assistance.TemporaryNeed;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.decision.AssessmentRequest;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.RegionalRules;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.standards.MissingStandardException;
import org.minzheng.core.standards.Reform;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.core.standards.Standards;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

class CivilAffairsTest {

    static final RegionCode JIANGSU = RegionCode.parse("32");
    static final RegionCode ZHENJIANG = RegionCode.parse("3211");
    static final RegionCode GAOQIAO = RegionCode.parse("321112100");
    static final YearMonth OCT = YearMonth.of(2022, 10);
    static final LocalDate FROM = LocalDate.of(2022, 1, 1);

    /** Jiangsu sets the caps and shares; Zhenjiang sets its dibao standard from July 2022. */
    static final class Jiangsu implements StandardsProvider {
        private final RegionalRules rules;

        Jiangsu(RegionalRules rules) {
            this.rules = rules;
        }

        @Override
        public String id() {
            return "test.jiangsu";
        }

        @Override
        public String spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public Collection<StandardValue<?>> values(StandardsQuery query) {
            List<StandardValue<?>> v = new ArrayList<>();
            v.add(StandardValue.of(Standards.DIBAO_STANDARD_RURAL, ZHENJIANG, FROM, LocalDate.of(2022, 7, 1),
                    Money.of("780"), StandardValue.ILLUSTRATIVE));
            v.add(StandardValue.of(Standards.DIBAO_STANDARD_RURAL, ZHENJIANG, LocalDate.of(2022, 7, 1), Money.of("803"),
                    "镇江 illustrative 2022-07"));
            v.add(StandardValue.of(Standards.DIBAO_STANDARD_RURAL, RegionCode.parse("3201"), FROM, Money.of("900"),
                    StandardValue.ILLUSTRATIVE));
            v.add(StandardValue.of(Standards.TEMPORARY_CAP_EMERGENCY_MONTHS, JIANGSU, FROM, new BigDecimal("3"),
                    StandardValue.ILLUSTRATIVE));
            v.add(StandardValue.of(Standards.TEMPORARY_CAP_EXPENDITURE_MONTHS, JIANGSU, FROM, new BigDecimal("6"),
                    StandardValue.ILLUSTRATIVE));
            v.add(StandardValue.of(Standards.TEMPORARY_TOWNSHIP_LIMIT, JIANGSU, FROM, Money.of("2000"),
                    StandardValue.ILLUSTRATIVE));
            v.add(StandardValue.of(Standards.SENIOR_ALLOWANCE_80, JIANGSU, FROM, Money.of("50"), StandardValue.ILLUSTRATIVE));
            v.add(StandardValue.of(Standards.SENIOR_ALLOWANCE_90, JIANGSU, FROM, Money.of("100"), StandardValue.ILLUSTRATIVE));
            v.add(StandardValue.of(Standards.SENIOR_ALLOWANCE_100, JIANGSU, FROM, Money.of("300"), StandardValue.ILLUSTRATIVE));
            return v;
        }

        @Override
        public Optional<RegionalRules> rules(StandardsQuery query) {
            return Optional.ofNullable(rules);
        }
    }

    static Person person(String id, LocalDate birth) {
        return Person.builder().id(id).name("某" + id).birthDate(birth).gender(Gender.MALE).hukou(HukouType.RURAL).build();
    }

    static Household household(String id, String wage) {
        Person head = person(id + "-1", LocalDate.of(1975, 3, 8));
        return Household.builder().id(id).region(GAOQIAO).address("高桥镇").hukou(HukouType.RURAL)
                .member(head, Relation.HEAD).member(person(id + "-2", LocalDate.of(1978, 6, 20)), Relation.SPOUSE)
                .member(person(id + "-3", LocalDate.of(2010, 9, 1)), Relation.CHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of(wage), head.id())).assets(Assets.NONE).build();
    }

    static CivilAffairs runtime(RegionalRules rules) {
        return CivilAffairs.builder().standards(new Jiangsu(rules))
                .clock(Clock.fixed(Instant.parse("2022-10-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"))).build();
    }

    @Test
    void assess_household_usesStandardInForceOnFirstDay() {
        // October: 803 (from July); (803 − 400) × 3 = 1209.00. June: 780 → (780 − 400) × 3 = 1140.00
        CivilAffairs ca = runtime(null);
        Decision oct = ca.assess(Program.DIBAO, household("h1", "1200"), OCT);
        assertThat(oct.amount()).isEqualTo(Money.of("1209.00"));
        assertThat(oct.standardsUsed().get(0).source()).isEqualTo("镇江 illustrative 2022-07");
        assertThat(ca.assess(Program.DIBAO, household("h1", "1200"), YearMonth.of(2022, 6)).amount())
                .isEqualTo(Money.of("1140.00"));
        assertThat(oct.explanation().render(Locale.CHINA)).contains("1209.00");
    }

    @Test
    void assess_person() {
        Household h = household("h2", "0").toBuilder()
                .member(person("old", LocalDate.of(1932, 10, 31)), Relation.PARENT).build();
        Decision d = runtime(null).assess(Program.SENIOR_ALLOWANCE, h, h.members().get(3).person().id(), OCT);
        assertThat(d.amount()).isEqualTo(Money.of("100.00"));
    }

    @Test
    void assess_request_temporaryAssistance() {
        Decision d = runtime(null).assess(Program.TEMPORARY_ASSISTANCE, AssessmentRequest
                .forHousehold(household("h3", "0")).temporaryNeed(TemporaryNeed.emergency(Money.of("1800"))).build(), OCT);
        assertThat(d.amount()).isEqualTo(Money.of("1800.00"));
        assertThat(d.approval()).contains(ApprovalLevel.TOWNSHIP);
    }

    @Test
    void assessAll_inOrder() {
        List<AssessmentRequest> batch = List.of(AssessmentRequest.forHousehold(household("a", "1200")).build(),
                AssessmentRequest.forHousehold(household("b", "2409")).build(),
                AssessmentRequest.forHousehold(household("c", "0")).build());
        List<Decision> ds = runtime(null).assessAll(Program.DIBAO, batch, OCT);
        assertThat(ds).extracting(Decision::amount).containsExactly(Money.of("1209.00"), Money.ZERO, Money.of("2409.00"));
    }

    @Test
    void assessAll_alternatingRegionsAndMonths_eachWithItsOwnStandards() {
        // Gaoqiao (镇江) 803 in October, 780 in June; Nanjing 900: (S − 400) × 3
        Household nanjing = household("n", "1200").toBuilder().region(RegionCode.parse("320102001")).build();
        CivilAffairs ca = runtime(null);
        List<AssessmentRequest> batch = List.of(AssessmentRequest.forHousehold(household("a", "1200")).build(),
                AssessmentRequest.forHousehold(nanjing).build(),
                AssessmentRequest.forHousehold(household("b", "1200")).build());
        assertThat(ca.assessAll(Program.DIBAO, batch, OCT)).extracting(Decision::amount)
                .containsExactly(Money.of("1209.00"), Money.of("1500.00"), Money.of("1209.00"));
        assertThat(ca.assess(Program.DIBAO, household("c", "1200"), YearMonth.of(2022, 6)).amount())
                .isEqualTo(Money.of("1140.00"));
        assertThat(ca.assess(Program.DIBAO, nanjing, OCT).amount()).isEqualTo(Money.of("1500.00"));
        assertThat(ca.assess(Program.DIBAO, household("d", "1200"), OCT).amount()).isEqualTo(Money.of("1209.00"));
    }

    @Test
    void rules_fromProvider_replaceNational() {
        RegionalRules noWages = new RegionalRules() {
            @Override
            public String name() {
                return "test: wages do not count";
            }

            @Override
            public boolean countsForDibao(Income income) {
                return income.kind() != IncomeKind.WAGE;
            }
        };
        CivilAffairs ca = runtime(noWages);
        assertThat(ca.rules(GAOQIAO, OCT).name()).isEqualTo("test: wages do not count");
        assertThat(ca.assess(Program.DIBAO, household("h4", "1200"), OCT).amount()).isEqualTo(Money.of("2409.00"));
        assertThat(runtime(null).rules(GAOQIAO, OCT)).isSameAs(RegionalRules.NATIONAL);
    }

    @Test
    void withReform_whatIf() {
        // urban/rural 900: (900 − 400) × 3 = 1500.00; the original runtime is unchanged
        CivilAffairs ca = runtime(null);
        CivilAffairs what = ca.withReform(Reform.builder("rural 900")
                .set(Standards.DIBAO_STANDARD_RURAL, Money.of("900")).build());
        assertThat(what.assess(Program.DIBAO, household("h5", "1200"), OCT).amount()).isEqualTo(Money.of("1500.00"));
        assertThat(ca.assess(Program.DIBAO, household("h5", "1200"), OCT).amount()).isEqualTo(Money.of("1209.00"));
        assertThat(what.standards(GAOQIAO, OCT).reforms()).containsExactly("rural 900");
    }

    @Test
    void assess_missingStandard_namesRegionAndFirstDay() {
        Household elsewhere = household("h6", "1200").toBuilder().region(RegionCode.parse("320505")).build();
        assertThatThrownBy(() -> runtime(null).assess(Program.DIBAO, elsewhere, OCT))
                .isInstanceOf(MissingStandardException.class).hasMessageContaining("320505")
                .hasMessageContaining("2022-10-01");
    }

    @Test
    void currentMonth_fromClock() {
        assertThat(runtime(null).currentMonth()).isEqualTo(OCT);
    }
}
