package org.minzheng.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.senior.SeniorAllowance;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.Relative;
import org.minzheng.core.registry.RelativeKind;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.standards.Reform;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;
import org.minzheng.spi.ProgramProvider;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.PaymentRequest;
import org.minzheng.spi.storage.Storage;

/**
 * The optimised reform costing against the plain one ({@code ReformCoster.straightforward}: every subject assessed
 * afresh in both worlds every month, nothing shared between worlds or kept between assessments, every program and
 * household looked at for the newly eligible), on generated registries and reforms that touch different programs —
 * the household program 低保, the person program 尊老金 (screened each month), the test programs' grace months — and
 * one that touches nothing a rule reads, and a test program reading a standard for some subjects only (decision
 * 0435). Every line, the newly and no longer eligible, the largest changes and the
 * failures must be the same ({@link ReformCosting#equals}), and so the renderings (decision 0415).
 */
class ReformCostingStraightforwardTest {

    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    private static final YearMonth JAN = YearMonth.of(2022, 1);
    private static final YearMonth DEC = YearMonth.of(2022, 12);

    private static List<Reform> builtInReforms() {
        return List.of(
                Reform.builder("raise").set(Dibao.STANDARD_RURAL, Money.of("900.00")).from(LocalDate.of(2022, 7, 1))
                        .build(),
                Reform.builder("lower").set(Dibao.STANDARD_RURAL, Money.of("560.00")).from(LocalDate.of(2022, 4, 1))
                        .build(),
                Reform.builder("senior").set(SeniorAllowance.AMOUNT_80, Money.of("80.00"))
                        .set(SeniorAllowance.AMOUNT_90, Money.of("150.00")).from(LocalDate.of(2022, 5, 1)).build(),
                Reform.builder("dibao in 高桥 only").set(Dibao.STANDARD_RURAL, Money.of("1000.00"))
                        .within(CivilAffairsTest.GAOQIAO).from(LocalDate.of(2022, 3, 1)).build(),
                // read by 特困 only for some persons (an elderly person's age test), by 低保 for its add-on
                Reform.builder("tekun elderly at 58").set(org.minzheng.core.programs.tekun.Tekun.AGE_ELDERLY, 58)
                        .set(Dibao.ADDON_SHARE_ELDERLY, new BigDecimal("0.20")).from(LocalDate.of(2022, 6, 1)).build(),
                Reform.builder("nothing read").set(org.minzheng.core.programs.temporary.TemporaryAssistance.TOWNSHIP_LIMIT,
                        Money.of("3000.00")).build());
    }

    @Test
    void builtIns_optimisedEqualsStraightforward() {
        qt().withExamples(12).forAll(longs().all(), integers().between(1, 3)).checkAssert((seed, threads) -> {
            Storage storage = InMemoryStorage.create();
            CivilAffairs ca = CivilAffairs.builder().standards(new CivilAffairsTest.Jiangsu()).programs(Programs.builtIn())
                    .storage(storage).clock(Clock.fixed(Instant.parse("2022-01-15T02:00:00Z"), CST)).build();
            district(storage, seed);
            for (Reform reform : builtInReforms()) {
                ReformCosting plain = ReformCoster.straightforward(ca, reform, ReformCostingTest.DANTU, JAN, DEC, 30);
                ReformCosting fast = ca.costReform(reform, ReformCostingTest.DANTU, JAN, DEC, 30, threads);
                assertThat(fast).as("%s, seed %d, %d thread(s)", reform.name(), seed, threads).isEqualTo(plain);
                assertThat(CostingRenderer.json(fast)).isEqualTo(CostingRenderer.json(plain));
                assertThat(CostingRenderer.text(fast, Locale.CHINA)).isEqualTo(CostingRenderer.text(plain, Locale.CHINA));
            }
        });
    }

    @Test
    void testPrograms_graceAndScreeningAndEnrolments_optimisedEqualsStraightforward() {
        Clock clock = MonthlyRunnerTest.CLOCK;
        qt().withExamples(25).forAll(longs().all(), integers().between(1, 3)).checkAssert((seed, threads) -> {
            TestPrograms programs = new TestPrograms();
            Storage storage = InMemoryStorage.create();
            for (long part = 0; part < 3; part++) {
                ReformCostingTest.testRegistry(storage, seed + part, "p" + part + "-");
            }
            CivilAffairs ca = programs.runtime(storage, clock);
            Reform grace = Reform.builder("one grace month").set(TestPrograms.GRACE, 1)
                    .from(LocalDate.of(2022, 3, 1)).build();
            YearMonth to = YearMonth.of(2022, 8);
            ReformCosting plain = ReformCoster.straightforward(ca, grace, ReformCostingTest.DANTU, MonthlyRunnerTest.JAN,
                    to, 50);
            assertThat(ca.costReform(grace, ReformCostingTest.DANTU, MonthlyRunnerTest.JAN, to, 50, threads))
                    .isEqualTo(plain);
        });
    }

    /**
     * A person's program that reads a relative stored in another household (a supporter's programs): when the
     * relative's household leaves 低保 earlier under the reform (one grace month instead of two), the person's
     * decision differs between the worlds though nothing of the person's own household does.
     */
    @Test
    void aStoredRelativesHouseholdDiverging_changesTheDecisionOfThePersonTheySupport() {
        ProgramCode kinCode = ProgramCode.of("t-kin");
        ReasonCode none = ReasonCode.failed("no-supporter-in-dibao", "无低保赡养人", "no supporter in dibao");
        ProgramRule<Boolean> kin = ProgramRule.builder(kinCode,
                        f -> f.supporters().stream().anyMatch(s -> s.programs().contains(TestPrograms.DIBAO)),
                        (Boolean supporterInDibao, ResolvedStandards st, Decision.Builder d) -> supporterInDibao
                                ? d.component(PaymentComponent.BASE, null, new BigDecimal("50")).build(Rounding.FEN)
                                : d.fail(none).build(Rounding.FEN))
                .names("测试亲属补贴", "test kin allowance").grantedTo(SubjectKind.PERSON).reasons(none)
                .texts(TestPrograms.TEXTS).build();
        TestPrograms programs = new TestPrograms();
        ProgramProvider withKin = provider("runtime-tests-kin", programs, kin);
        Storage storage = InMemoryStorage.create();
        // B: one person above the standard, in 低保 since 2021 and paid in December: in gradual exit from January
        Household b = MonthlyRunnerTest.household("B", 1, "2000.00", LocalDate.of(1950, 1, 1));
        storage.households().save(b, ReformCostingTest.CLERK);
        storage.cases().save(MonthlyRunnerTest.active("DB", TestPrograms.DIBAO, SubjectRef.household(b.id()),
                YearMonth.of(2021, 3)), ReformCostingTest.CLERK);
        storage.payments().post(PaymentRequest.of(PaymentKey.of(CaseId.of("DB"), YearMonth.of(2021, 12),
                PaymentComponent.BASE), Money.of("300.00")), ReformCostingTest.CLERK);
        // A: its head records B's person as a child; it has the kin allowance
        Person a1 = MonthlyRunnerTest.person("A-1", LocalDate.of(1940, 5, 1)).toBuilder()
                .relative(Relative.of(RelativeKind.CHILD, Gender.FEMALE, LocalDate.of(1950, 1, 1))
                        .withPerson(PersonId.of("B-1")))
                .build();
        Household a = Household.builder().id("A").region(MonthlyRunnerTest.VILLAGE).address("辛丰镇某村1组")
                .hukou(HukouType.RURAL).assets(Assets.NONE).member(a1, Relation.HEAD).build();
        storage.households().save(a, ReformCostingTest.CLERK);
        storage.cases().save(MonthlyRunnerTest.active("KA", kinCode, SubjectRef.person(a1.id()), YearMonth.of(2021, 6)),
                ReformCostingTest.CLERK);
        CivilAffairs ca = CivilAffairs.builder().standards(StandardsProviders.of())
                .programs(Programs.builder().builtIns(false).discovery(false).add(withKin).build())
                .storage(storage).clock(MonthlyRunnerTest.CLOCK).build();
        Reform grace = Reform.builder("one grace month").set(TestPrograms.GRACE, 1).build();
        YearMonth to = YearMonth.of(2022, 6);
        ReformCosting plain = ReformCoster.straightforward(ca, grace, ReformCostingTest.DANTU, MonthlyRunnerTest.JAN,
                to, 10);
        assertThat(plain.lines(kinCode).stream().anyMatch(l -> !l.figures().today().equals(l.figures().reform())))
                .as("the kin allowance differs between the worlds").isTrue();
        for (int threads = 1; threads <= 2; threads++) {
            assertThat(ca.costReform(grace, ReformCostingTest.DANTU, MonthlyRunnerTest.JAN, to, 10, threads))
                    .isEqualTo(plain);
        }
    }

    static final ProgramCode BONUS = ProgramCode.of("t-bonus");
    /** Read only for a head aged 80 or more. */
    static final Standard<Integer> BONUS_80 = Standard.builder("t-bonus.amount-80", ValueType.INTEGER).unit(Unit.COUNT)
            .names("八十岁补贴", "bonus at 80").defaultValue(50).description("Paid from 80.").build();
    /** Read only for a head aged 70 to 79: nobody is paid while it is 0. */
    static final Standard<Integer> BONUS_70 = Standard.builder("t-bonus.amount-70", ValueType.INTEGER).unit(Unit.COUNT)
            .names("七十岁补贴", "bonus at 70").defaultValue(0).description("Paid from 70 when above 0.").build();
    /** Declared, and read only for a head aged 150 or more: by nobody. */
    static final Standard<Integer> BONUS_150 = Standard.builder("t-bonus.amount-150", ValueType.INTEGER).unit(Unit.COUNT)
            .names("一百五十岁补贴", "bonus at 150").defaultValue(0).description("Never read.").build();

    /**
     * A household program that reads its standards for some subjects only (decision 0435: the costing takes
     * today's decision under the reform when the assessment read none of the standards the reform sets): a reform
     * of what it reads for the oldest heads changes their amounts; one of what it reads for heads of 70–79 makes
     * households without a case newly eligible; one of a declared standard no assessment reads changes nothing.
     * Cases of the program, 低保 cases and households without either, on one to three threads.
     */
    @Test
    void aRuleReadingAStandardForSomeSubjectsOnly_optimisedEqualsStraightforward() {
        ReasonCode young = ReasonCode.failed("head-under-age", "户主年龄不足", "head under age");
        ProgramRule<Person> bonus = ProgramRule.builder(BONUS, f -> f.household().head(),
                        (Person head, ResolvedStandards st, Decision.Builder d) -> {
                            int age = head.ageOn(d.month().atEndOfMonth());
                            int amount = age >= 150 ? st.get(BONUS_150) : age >= 80 ? st.get(BONUS_80)
                                    : age >= 70 ? st.get(BONUS_70) : 0;
                            return amount > 0 ? d.component(PaymentComponent.BASE, null, BigDecimal.valueOf(amount))
                                    .build(Rounding.FEN) : d.fail(young).build(Rounding.FEN);
                        })
                .names("测试高龄户补贴", "test bonus").grantedTo(SubjectKind.HOUSEHOLD).reasons(young)
                .standards(BONUS_80, BONUS_70, BONUS_150).texts(TestPrograms.TEXTS).build();
        List<Reform> reforms = List.of(
                Reform.builder("bonus at 80 up").set(BONUS_80, 70).from(LocalDate.of(2022, 4, 1)).build(),
                Reform.builder("bonus from 70").set(BONUS_70, 30).from(LocalDate.of(2022, 5, 1)).build(),
                Reform.builder("bonus at 150").set(BONUS_150, 99).build());
        qt().withExamples(15).forAll(longs().all(), integers().between(1, 3)).checkAssert((seed, threads) -> {
            TestPrograms programs = new TestPrograms();
            ProgramProvider withBonus = provider(programs, bonus);
            Storage storage = InMemoryStorage.create();
            for (long part = 0; part < 3; part++) {
                ReformCostingTest.testRegistry(storage, seed + part, "p" + part + "-");
            }
            List<Household> all = new ArrayList<>();
            try (var s = storage.households().streamByRegion(ReformCostingTest.DANTU)) {
                s.forEach(all::add);
            }
            for (int i = 0; i < all.size(); i += 2) {
                storage.cases().save(MonthlyRunnerTest.active("B" + i, BONUS, SubjectRef.household(all.get(i).id()),
                        YearMonth.of(2021, 6)), ReformCostingTest.CLERK);
            }
            CivilAffairs ca = CivilAffairs.builder().standards(StandardsProviders.of())
                    .programs(Programs.builder().builtIns(false).discovery(false).add(withBonus).build())
                    .storage(storage).clock(MonthlyRunnerTest.CLOCK).build();
            YearMonth to = YearMonth.of(2022, 9);
            for (Reform reform : reforms) {
                ReformCosting plain = ReformCoster.straightforward(ca, reform, ReformCostingTest.DANTU,
                        MonthlyRunnerTest.JAN, to, 50);
                ReformCosting fast = ca.costReform(reform, ReformCostingTest.DANTU, MonthlyRunnerTest.JAN, to, 50,
                        threads);
                assertThat(fast).as("%s, seed %d, %d thread(s)", reform.name(), seed, threads).isEqualTo(plain);
                assertThat(CostingRenderer.json(fast)).isEqualTo(CostingRenderer.json(plain));
                if (reform.values().containsKey(BONUS_150)) {
                    assertThat(fast.change().isZero()).as("a standard nobody reads costs nothing").isTrue();
                }
            }
        });
    }

    /** The test programs and one more, as a provider. */
    private static ProgramProvider provider(TestPrograms programs, ProgramRule<?> more) {
        return provider("runtime-tests-more", programs, more);
    }

    /** The test programs and one more, as a provider of an id. */
    private static ProgramProvider provider(String id, TestPrograms programs, ProgramRule<?> more) {
        return new ProgramProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String spiVersion() {
                return StandardsProvider.SPI_VERSION;
            }

            @Override
            public List<ProgramRule<?>> programs() {
                List<ProgramRule<?>> all = new ArrayList<>(programs.programs());
                all.add(more);
                return all;
            }
        };
    }

    /**
     * 高桥镇 and a village of 辛丰镇: households of one to five with ages spread around 60, 80 and 90 (screening for
     * 尊老金 starts cases as birthdays pass), incomes around the 低保 standard, some members dying during the year,
     * relatives recorded with a reference to a person of another household (their enrolments are a supporter's
     * programs), 低保 cases active before the year, some with a payment in December 2021.
     */
    static void district(Storage storage, long seed) {
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        int n = 4 + rnd.nextInt(14);
        List<PersonId> stored = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "h" + i;
            int size = 1 + rnd.nextInt(5);
            Household.Builder b = Household.builder().id(id)
                    .region(rnd.nextBoolean() ? CivilAffairsTest.GAOQIAO : MonthlyRunnerTest.VILLAGE)
                    .address("某村").hukou(HukouType.RURAL).assets(Assets.NONE);
            List<PersonId> members = new ArrayList<>();
            for (int k = 1; k <= size; k++) {
                LocalDate birth = switch (rnd.nextInt(4)) {
                    case 0 -> LocalDate.of(1932 + rnd.nextInt(4), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                    case 1 -> LocalDate.of(1941 + rnd.nextInt(3), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                    case 2 -> LocalDate.of(1960 + rnd.nextInt(5), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                    default -> LocalDate.of(1975 + rnd.nextInt(47), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                };
                Person.Builder p = Person.builder().id(id + "-" + k).name("某" + id + k).birthDate(birth)
                        .gender(rnd.nextBoolean() ? Gender.MALE : Gender.FEMALE).hukou(HukouType.RURAL);
                if (rnd.nextInt(12) == 0) {
                    p.status(StatusKind.DECEASED, LocalDate.of(2022, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
                }
                if (!stored.isEmpty() && rnd.nextInt(4) == 0) {
                    PersonId other = stored.get(rnd.nextInt(stored.size()));
                    p.relative(Relative.of(RelativeKind.CHILD, Gender.MALE, LocalDate.of(1970, 1, 1)).withPerson(other));
                }
                Person person = p.build();
                b.member(person, k == 1 ? Relation.HEAD : Relation.OTHER);
                members.add(person.id());
            }
            int incomes = rnd.nextInt(3);
            for (int k = 0; k < incomes; k++) {
                b.income(Income.of(k == 0 ? IncomeKind.WAGE : IncomeKind.PENSION,
                        Money.of((rnd.nextInt(200) * 10) + ".00"), members.get(rnd.nextInt(members.size()))));
            }
            Household h = b.build();
            storage.households().save(h, ReformCostingTest.CLERK);
            stored.addAll(members);
            int kind = rnd.nextInt(4);
            if (kind <= 1) {
                storage.cases().save(ReformCostingTest.activeSince("D" + i, NationalPrograms.DIBAO,
                        SubjectRef.household(h.id()), h.region(), YearMonth.of(2021, 1 + rnd.nextInt(12))),
                        ReformCostingTest.CLERK);
                if (kind == 0) {
                    storage.payments().post(PaymentRequest.of(PaymentKey.of(CaseId.of("D" + i), YearMonth.of(2021, 12),
                            PaymentComponent.BASE), Money.ofFen(1 + rnd.nextInt(300_000))), ReformCostingTest.CLERK);
                }
            }
        }
    }
}
