package org.minzheng.runtime;

import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.dibao.DibaoRequest;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.spi.ProgramProvider;
import org.minzheng.spi.RegionalVariant;
import org.minzheng.core.programs.temporary.TemporaryAssistance;
import org.minzheng.core.programs.senior.SeniorAllowance;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.temporary.TemporaryNeed;
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

import org.junit.jupiter.api.Test;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
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
            v.add(StandardValue.of(Dibao.STANDARD_RURAL, ZHENJIANG, FROM, LocalDate.of(2022, 7, 1),
                    Money.of("780"), StandardValue.ILLUSTRATIVE));
            v.add(StandardValue.of(Dibao.STANDARD_RURAL, ZHENJIANG, LocalDate.of(2022, 7, 1), Money.of("803"),
                    "镇江 illustrative 2022-07"));
            v.add(StandardValue.of(Dibao.STANDARD_RURAL, RegionCode.parse("3201"), FROM, Money.of("900"),
                    StandardValue.ILLUSTRATIVE));
            v.add(StandardValue.of(TemporaryAssistance.CAP_EMERGENCY_MONTHS, JIANGSU, FROM, new BigDecimal("3"),
                    StandardValue.ILLUSTRATIVE));
            v.add(StandardValue.of(TemporaryAssistance.CAP_EXPENDITURE_MONTHS, JIANGSU, FROM, new BigDecimal("6"),
                    StandardValue.ILLUSTRATIVE));
            v.add(StandardValue.of(TemporaryAssistance.TOWNSHIP_LIMIT, JIANGSU, FROM, Money.of("2000"),
                    StandardValue.ILLUSTRATIVE));
            v.add(StandardValue.of(SeniorAllowance.AMOUNT_80, JIANGSU, FROM, Money.of("50"), StandardValue.ILLUSTRATIVE));
            v.add(StandardValue.of(SeniorAllowance.AMOUNT_90, JIANGSU, FROM, Money.of("100"), StandardValue.ILLUSTRATIVE));
            v.add(StandardValue.of(SeniorAllowance.AMOUNT_100, JIANGSU, FROM, Money.of("300"), StandardValue.ILLUSTRATIVE));
            return v;
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

    static CivilAffairs runtime(Programs programs) {
        return CivilAffairs.builder().standards(new Jiangsu()).programs(programs)
                .clock(Clock.fixed(Instant.parse("2022-10-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"))).build();
    }

    static CivilAffairs runtime() {
        return runtime(Programs.builtIn());
    }

    /** A plugin whose region 3211 (镇江) does not count wages for 低保: a regional variant of the national program. */
    static class NoWagesInZhenjiang implements ProgramProvider {
        @Override
        public String id() {
            return "test.no-wages";
        }

        @Override
        public String spiVersion() {
            return StandardsProvider.SPI_VERSION;
        }

        @Override
        public List<ProgramRule<?>> programs() {
            return List.of();
        }

        @Override
        public List<RegionalVariant> variants() {
            ProgramRule<DibaoRequest> variant = Dibao.PROGRAM.derive(f -> {
                DibaoRequest r = DibaoRequest.from(f);
                return new DibaoRequest(r.hukou(), r.members(), r.inTekun(),
                        r.incomes().stream().filter(i -> i.kind() != IncomeKind.WAGE).toList(), r.assets(),
                        r.endOfMonth());
            }, Dibao.RULE).build();
            return List.of(new RegionalVariant(ZHENJIANG, variant));
        }
    }

    @Test
    void assess_household_usesStandardInForceOnFirstDay() {
        // October: 803 (from July); (803 − 400) × 3 = 1209.00. June: 780 → (780 − 400) × 3 = 1140.00
        CivilAffairs ca = runtime();
        Decision oct = ca.assess(NationalPrograms.DIBAO, household("h1", "1200"), OCT);
        assertThat(oct.amount()).isEqualTo(Money.of("1209.00"));
        assertThat(oct.standardsUsed().get(0).source()).isEqualTo("镇江 illustrative 2022-07");
        assertThat(ca.assess(NationalPrograms.DIBAO, household("h1", "1200"), YearMonth.of(2022, 6)).amount())
                .isEqualTo(Money.of("1140.00"));
        assertThat(oct.explanation().render(Locale.CHINA)).contains("1209.00");
    }

    @Test
    void assess_person() {
        Household h = household("h2", "0").toBuilder()
                .member(person("old", LocalDate.of(1932, 10, 31)), Relation.PARENT).build();
        Decision d = runtime().assess(NationalPrograms.SENIOR_ALLOWANCE, h, h.members().get(3).person().id(), OCT);
        assertThat(d.amount()).isEqualTo(Money.of("100.00"));
    }

    @Test
    void assess_request_temporaryAssistance() {
        Decision d = runtime().assess(NationalPrograms.TEMPORARY_ASSISTANCE, SubjectFacts
                .forHousehold(household("h3", "0"), OCT).application(TemporaryNeed.emergency(Money.of("1800"))).build());
        assertThat(d.amount()).isEqualTo(Money.of("1800.00"));
        assertThat(d.approval()).contains(ApprovalLevel.TOWNSHIP);
    }

    @Test
    void assessAll_inOrder() {
        List<SubjectFacts> batch = List.of(SubjectFacts.forHousehold(household("a", "1200"), OCT).build(),
                SubjectFacts.forHousehold(household("b", "2409"), OCT).build(),
                SubjectFacts.forHousehold(household("c", "0"), OCT).build());
        List<Decision> ds = runtime().assessAll(NationalPrograms.DIBAO, batch);
        assertThat(ds).extracting(Decision::amount).containsExactly(Money.of("1209.00"), Money.ZERO, Money.of("2409.00"));
    }

    @Test
    void assessAll_alternatingRegionsAndMonths_eachWithItsOwnStandards() {
        // Gaoqiao (镇江) 803 in October, 780 in June; Nanjing 900: (S − 400) × 3
        Household nanjing = household("n", "1200").toBuilder().region(RegionCode.parse("320102001")).build();
        CivilAffairs ca = runtime();
        List<SubjectFacts> batch = List.of(SubjectFacts.forHousehold(household("a", "1200"), OCT).build(),
                SubjectFacts.forHousehold(nanjing, OCT).build(),
                SubjectFacts.forHousehold(household("b", "1200"), YearMonth.of(2022, 6)).build());
        assertThat(ca.assessAll(NationalPrograms.DIBAO, batch)).extracting(Decision::amount)
                .containsExactly(Money.of("1209.00"), Money.of("1500.00"), Money.of("1140.00"));
        assertThat(ca.assess(NationalPrograms.DIBAO, household("c", "1200"), YearMonth.of(2022, 6)).amount())
                .isEqualTo(Money.of("1140.00"));
        assertThat(ca.assess(NationalPrograms.DIBAO, nanjing, OCT).amount()).isEqualTo(Money.of("1500.00"));
        assertThat(ca.assess(NationalPrograms.DIBAO, household("d", "1200"), OCT).amount()).isEqualTo(Money.of("1209.00"));
    }

    @Test
    void regionalVariant_replacesTheNationalRuleInItsRegionOnly() {
        CivilAffairs ca = runtime(Programs.builder().discovery(false).add(new NoWagesInZhenjiang()).build());
        assertThat(ca.assess(NationalPrograms.DIBAO, household("h4", "1200"), OCT).amount()).isEqualTo(Money.of("2409.00"));
        Household nanjing = household("n", "1200").toBuilder().region(RegionCode.parse("320102001")).build();
        assertThat(ca.assess(NationalPrograms.DIBAO, nanjing, OCT).amount()).isEqualTo(Money.of("1500.00"));
        assertThat(runtime().assess(NationalPrograms.DIBAO, household("h4", "1200"), OCT).amount())
                .isEqualTo(Money.of("1209.00"));
        assertThat(ca.programs().variants(NationalPrograms.DIBAO)).singleElement()
                .satisfies(v -> assertThat(v.region()).isEqualTo(ZHENJIANG));
    }

    @Test
    void assess_unknownProgram_namesTheCodeAndTheKnownOnes() {
        assertThatThrownBy(() -> runtime().assess(ProgramCode.of("xx-unknown"), household("h", "0"), OCT))
                .isInstanceOf(UnknownProgramException.class).hasMessageContaining("xx-unknown")
                .hasMessageContaining("dibao").hasMessageContaining("ProgramProvider");
    }

    @Test
    void programs_aProviderReusingANationalCode_isRefused() {
        ProgramProvider clash = new NoWagesInZhenjiang() {
            @Override
            public List<ProgramRule<?>> programs() {
                return List.of(Dibao.PROGRAM.derive(DibaoRequest::from, Dibao.RULE).build());
            }
        };
        assertThatThrownBy(() -> Programs.builder().discovery(false).add(clash).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("program code dibao is declared by")
                .hasMessageContaining("js-dibao");
    }

    @Test
    void programs_twoVariantsForTheSameRegion_orOfAnUnknownProgram_areRefused() {
        ProgramProvider twice = new NoWagesInZhenjiang() {
            @Override
            public List<RegionalVariant> variants() {
                return List.of(super.variants().get(0), super.variants().get(0));
            }
        };
        assertThatThrownBy(() -> Programs.builder().discovery(false).add(twice).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two regional variants of dibao");
        ProgramProvider orphan = new NoWagesInZhenjiang() {
            @Override
            public List<RegionalVariant> variants() {
                return super.variants();
            }
        };
        assertThatThrownBy(() -> Programs.builder().builtIns(false).discovery(false).add(orphan).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no provider declares");
    }

    @Test
    void withReform_whatIf() {
        // urban/rural 900: (900 − 400) × 3 = 1500.00; the original runtime is unchanged
        CivilAffairs ca = runtime();
        CivilAffairs what = ca.withReform(Reform.builder("rural 900")
                .set(Dibao.STANDARD_RURAL, Money.of("900")).build());
        assertThat(what.assess(NationalPrograms.DIBAO, household("h5", "1200"), OCT).amount()).isEqualTo(Money.of("1500.00"));
        assertThat(ca.assess(NationalPrograms.DIBAO, household("h5", "1200"), OCT).amount()).isEqualTo(Money.of("1209.00"));
        assertThat(what.standards(GAOQIAO, OCT).reforms()).containsExactly("rural 900");
    }

    @Test
    void assess_missingStandard_namesRegionAndFirstDay() {
        Household elsewhere = household("h6", "1200").toBuilder().region(RegionCode.parse("320505")).build();
        assertThatThrownBy(() -> runtime().assess(NationalPrograms.DIBAO, elsewhere, OCT))
                .isInstanceOf(MissingStandardException.class).hasMessageContaining("320505")
                .hasMessageContaining("2022-10-01");
    }

    @Test
    void currentMonth_fromClock() {
        assertThat(runtime().currentMonth()).isEqualTo(OCT);
    }
}
