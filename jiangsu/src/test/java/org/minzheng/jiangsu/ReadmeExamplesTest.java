package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.rule.Supporter;
import org.minzheng.core.standards.Reform;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.runtime.StandardsProviders;
import org.minzheng.spi.storage.InMemoryStorage;

/**
 * The README's code examples for issue 11's API (quick start, regional standards, programs and decisions, the
 * monthly run), kept compiling and true with the Jiangsu plugin's standards.
 */
class ReadmeExamplesTest {

    private static Household quickStartHousehold() {
        return Household.builder().id("H1").region(RegionCode.parse("321112101201"))
                .address("辛丰镇某村3组").hukou(HukouType.RURAL).assets(Assets.NONE)
                .member(Person.builder().id("P1").name("王秀英").birthDate(LocalDate.of(1950, 3, 1))
                        .gender(Gender.FEMALE).hukou(HukouType.RURAL).build(), Relation.HEAD)
                .income(Income.of(IncomeKind.PENSION, Money.of("300.00"), PersonId.of("P1")))
                .build();
    }

    @Test
    void quickStart_assessesAHouseholdForDibao() {
        Household h = quickStartHousehold();
        CivilAffairs ca = CivilAffairs.builder().build();      // discovers the plugins on the class path
        Decision d = ca.assess(NationalPrograms.DIBAO, h, YearMonth.of(2022, 10));

        assertThat(d.eligible()).isTrue();
        assertThat(d.amount().isPositive()).isTrue();
        assertThat(d.explanation().render(Locale.CHINA)).contains("低保标准（农村户籍）", "月发放金额");
        assertThat(ca.programs().find(org.minzheng.core.program.ProgramCode.of("js-spring-festival"))).isPresent();
    }

    @Test
    void regionalStandards_resolveAndReform() {
        StandardsProviders providers = StandardsProviders.builder()
                .add(new JiangsuStandardsProvider())
                .discovery(false)
                .build();
        ResolvedStandards s = providers.resolver().resolve(RegionCode.parse("321112"), LocalDate.of(2022, 10, 1));
        Money urban = s.get(Dibao.STANDARD_URBAN);
        ResolvedStandards whatIf = s.with(Reform.builder("urban 900")
                .set(Dibao.STANDARD_URBAN, Money.of("900")).build());

        assertThat(urban.isPositive()).isTrue();
        assertThat(whatIf.get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("900"));
    }

    @Test
    void programsAndDecisions_dibaoAndTekunWithASupporter() {
        CivilAffairs ca = CivilAffairs.builder()
                .standards(StandardsProviders.of(new JiangsuStandardsProvider()))
                .clock(Clock.systemDefaultZone())
                .build();
        Household household = Household.builder().id("H2").region(RegionCode.parse("321112"))
                .address("辛丰镇某村5组").hukou(HukouType.RURAL).assets(Assets.NONE)
                .member(Person.builder().id("P2").name("李桂兰").birthDate(LocalDate.of(1940, 5, 1))
                        .gender(Gender.FEMALE).hukou(HukouType.RURAL).build(), Relation.HEAD)
                .build();
        PersonId personId = PersonId.of("P2");
        Person son = Person.builder().id("S2").name("李建军").birthDate(LocalDate.of(1965, 2, 1))
                .gender(Gender.MALE).hukou(HukouType.RURAL).build();

        Decision d = ca.assess(NationalPrograms.DIBAO, household, YearMonth.of(2022, 10));
        Decision t = ca.assess(NationalPrograms.TEKUN, SubjectFacts.forPerson(household, personId, YearMonth.of(2022, 10))
                .supporter(Supporter.of(son).withAnnualIncome(Money.of("30000")))
                .build());

        assertThat(d.eligible()).isTrue();
        assertThat(d.standardsUsed()).isNotEmpty();
        assertThat(t.program()).isEqualTo(NationalPrograms.TEKUN);
        assertThat(t.explanation().render(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
    }

    @Test
    void monthlyRun_reportsByProgramCode() {
        InMemoryStorage storage = InMemoryStorage.create();
        CivilAffairs ca = CivilAffairs.builder()
                .standards(StandardsProviders.of(new JiangsuStandardsProvider()))
                .storage(storage)
                .clock(Clock.fixed(Instant.parse("2022-11-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")))
                .build();
        MonthlyRun run = ca.runMonth(YearMonth.of(2022, 10), RegionCode.parse("321112"));

        assertThat(run.program(NationalPrograms.DIBAO).posted()).isZero();
        assertThat(run.changes()).isEmpty();
        assertThat(run.failures()).isEmpty();
    }
}
