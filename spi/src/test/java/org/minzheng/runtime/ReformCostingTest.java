package org.minzheng.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.standards.Reform;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.PaymentRequest;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

/**
 * The reform costing (改革方案测算): worked examples on the national 低保 rule with the test standards of
 * {@link CivilAffairsTest.Jiangsu} (rural standard 803 yuan from July 2022 in 镇江), and properties: a raised
 * standard never lowers the 低保 cost, and today's figures are what the monthly run pays.
 */
class ReformCostingTest {

    static final RegionCode DANTU = RegionCode.parse("321112");
    static final RegionCode GAOQIAO = CivilAffairsTest.GAOQIAO;
    static final YearMonth SEP = YearMonth.of(2022, 9);
    static final YearMonth OCT = YearMonth.of(2022, 10);
    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    static final WriteContext CLERK = WriteContext.of("clerk", "test setup");

    static Reform rural(String standard) {
        return Reform.builder("rural " + standard).set(Dibao.STANDARD_RURAL, Money.of(standard)).build();
    }

    static Case activeSince(String id, ProgramCode program, SubjectRef subject, RegionCode region, YearMonth since) {
        Instant applied = since.minusMonths(1).atDay(3).atTime(9, 0).atZone(CST).toInstant();
        return Case.open(CaseId.of(id), program, subject, region, PersonId.of("x"),
                        Transition.application("clerk", applied, "application", ApprovalLevel.TOWNSHIP))
                .review("clerk", applied.plusSeconds(86_400), "reviewed")
                .approve(ApprovalLevel.COUNTY, "county", applied.plusSeconds(2 * 86_400), "approved")
                .activate(ApprovalLevel.COUNTY, "county", since.atDay(1).atStartOfDay(CST).toInstant(), "start");
    }

    /** 丹徒区 with one 低保 household h5 (3 persons, wage 1,200: 400 a person) paid since 2021. */
    static CivilAffairs district(Storage storage) {
        storage.households().save(CivilAffairsTest.household("h5", "1200"), CLERK);
        storage.cases().save(activeSince("C5", NationalPrograms.DIBAO, SubjectRef.household(HouseholdId.of("h5")),
                GAOQIAO, YearMonth.of(2021, 6)), CLERK);
        return CivilAffairs.builder().standards(new CivilAffairsTest.Jiangsu()).programs(Programs.builtIn())
                .storage(storage).clock(Clock.fixed(Instant.parse("2022-08-15T02:00:00Z"), CST)).build();
    }

    @Test
    void raisingTheRuralStandardBy97_raisesAThreePersonHouseholdBy291() {
        // today: (803 − 400) × 3 = 1,209.00; reform: (900 − 400) × 3 = 1,500.00; the reform adds 97 × 3 = 291.00
        CivilAffairs ca = district(InMemoryStorage.create());

        ReformCosting c = ca.costReform(rural("900"), DANTU, OCT, OCT);

        CostingFigures dibao = c.program(NationalPrograms.DIBAO);
        assertThat(dibao.today()).isEqualTo(Money.of("1209.00"));
        assertThat(dibao.reform()).isEqualTo(Money.of("1500.00"));
        assertThat(dibao.change()).isEqualTo(Money.of("291.00"));
        assertThat(dibao.subjectsToday()).isEqualTo(1);
        assertThat(dibao.subjectsReform()).isEqualTo(1);
        assertThat(dibao.newlyEligibleHouseholds()).isZero();
        assertThat(c.lines(NationalPrograms.DIBAO)).singleElement().satisfies(l -> {
            assertThat(l.township()).isEqualTo(GAOQIAO);
            assertThat(l.month()).isEqualTo(OCT);
            assertThat(l.figures().change()).isEqualTo(Money.of("291.00"));
        });
        assertThat(c.largest()).singleElement().satisfies(h -> {
            assertThat(h.household()).isEqualTo("h5");
            assertThat(h.persons()).isEqualTo(3);
            assertThat(h.change()).isEqualTo(Money.of("291.00"));
        });
        assertThat(c.change()).isEqualTo(Money.of("291.00"));
        assertThat(c.failures()).isZero();
    }

    @Test
    void aReformFromOctober_leavesSeptemberAsItIs() {
        CivilAffairs ca = district(InMemoryStorage.create());
        Reform fromOctober = Reform.builder("rural 900 from October").set(Dibao.STANDARD_RURAL, Money.of("900"))
                .from(OCT.atDay(1)).build();

        ReformCosting c = ca.costReform(fromOctober, DANTU, SEP, OCT);

        Map<YearMonth, CostingFigures> byMonth = new HashMap<>();
        c.lines(NationalPrograms.DIBAO).forEach(l -> byMonth.put(l.month(), l.figures()));
        assertThat(byMonth.get(SEP).today()).isEqualTo(Money.of("1209.00"));
        assertThat(byMonth.get(SEP).reform()).isEqualTo(Money.of("1209.00"));
        assertThat(byMonth.get(OCT).reform()).isEqualTo(Money.of("1500.00"));
        assertThat(c.program(NationalPrograms.DIBAO).change()).isEqualTo(Money.of("291.00"));
    }

    @Test
    void aHouseholdJustAboveTheStandard_isNewlyEligibleUnderTheReform() {
        // h7: wage 2,550 for 3 persons = 850 a person, above 803 today; under 900: (900 − 850) × 3 = 150.00
        Storage storage = InMemoryStorage.create();
        CivilAffairs ca = district(storage);
        storage.households().save(CivilAffairsTest.household("h7", "2550"), CLERK);

        ReformCosting c = ca.costReform(rural("900"), DANTU, OCT, OCT);

        CostingFigures dibao = c.program(NationalPrograms.DIBAO);
        assertThat(dibao.newlyEligibleHouseholds()).isEqualTo(1);
        assertThat(dibao.newlyEligiblePersons()).isEqualTo(3);
        assertThat(dibao.noLongerEligibleHouseholds()).isZero();
        assertThat(dibao.subjectsToday()).isEqualTo(1);
        assertThat(dibao.subjectsReform()).isEqualTo(2);
        assertThat(dibao.today()).isEqualTo(Money.of("1209.00"));
        assertThat(dibao.reform()).isEqualTo(Money.of("1650.00")); // 1,500.00 + 150.00
        assertThat(c.largest()).extracting(CostingHousehold::household).containsExactly("h5", "h7");
        assertThat(c.largest().get(1).change()).isEqualTo(Money.of("150.00"));
    }

    @Test
    void loweringTheStandardBelowTheIncome_endsEligibility() {
        // under 390 h5's 400 a person is not below the standard: with no grace months (the default) the case ends
        CivilAffairs ca = district(InMemoryStorage.create());

        ReformCosting c = ca.costReform(rural("390"), DANTU, OCT, OCT);

        CostingFigures dibao = c.program(NationalPrograms.DIBAO);
        assertThat(dibao.today()).isEqualTo(Money.of("1209.00"));
        assertThat(dibao.reform()).isEqualTo(Money.ZERO);
        assertThat(dibao.noLongerEligibleHouseholds()).isEqualTo(1);
        assertThat(dibao.noLongerEligiblePersons()).isEqualTo(3);
        assertThat(dibao.subjectsReform()).isZero();
        assertThat(c.largest()).singleElement().satisfies(h -> assertThat(h.change()).isEqualTo(Money.of("-1209.00")));
    }

    @Test
    void withGraceMonths_aHouseholdAboveTheLoweredStandardKeepsItsLastAmount() {
        // the reform also sets 6 grace months (渐退): h5 keeps September's 1,209.00 in October and stays covered
        Storage storage = InMemoryStorage.create();
        CivilAffairs ca = district(storage);
        storage.payments().post(PaymentRequest.of(PaymentKey.of(CaseId.of("C5"), SEP, PaymentComponent.BASE),
                Money.of("1209.00")), CLERK);
        Reform reform = Reform.builder("rural 390, 6 grace months").set(Dibao.STANDARD_RURAL, Money.of("390"))
                .set(Dibao.GRACE_MONTHS, 6).build();

        ReformCosting c = ca.costReform(reform, DANTU, OCT, OCT);

        CostingFigures dibao = c.program(NationalPrograms.DIBAO);
        assertThat(dibao.reform()).isEqualTo(Money.of("1209.00"));
        assertThat(dibao.subjectsReform()).isEqualTo(1);
        assertThat(dibao.noLongerEligibleHouseholds()).isZero();
    }

    @Test
    void aReformThatChangesNothing_yieldsZeroChangeAndIdenticalFigures() {
        Storage storage = InMemoryStorage.create();
        CivilAffairs ca = district(storage);
        storage.households().save(CivilAffairsTest.household("h7", "2550"), CLERK);

        ReformCosting c = ca.costReform(rural("803"), DANTU, SEP, OCT);

        assertThat(c.change()).isEqualTo(Money.ZERO);
        assertThat(c.total().unchanged()).isTrue();
        assertThat(c.programs()).allSatisfy(p -> assertThat(p.figures().unchanged()).isTrue());
        assertThat(c.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.figures().unchanged()).isTrue());
        assertThat(c.townships()).allSatisfy(t -> assertThat(t.figures().unchanged()).isTrue());
        assertThat(c.largest()).isEmpty();
        assertThat(c.total().today()).isEqualTo(Money.of("2418.00"));
    }

    @Test
    void costing_writesNothing() {
        InMemoryStorage memory = InMemoryStorage.create();
        CivilAffairs setup = district(memory);
        memory.households().save(CivilAffairsTest.household("h7", "2550"), CLERK);
        memory.payments().post(PaymentRequest.of(PaymentKey.of(CaseId.of("C5"), YearMonth.of(2022, 8),
                PaymentComponent.BASE), Money.of("1209.00")), CLERK);
        List<String> writes = new ArrayList<>();
        Storage watched = watch(memory, writes);
        CivilAffairs ca = CivilAffairs.builder().standards(setup.standardsProviders()).programs(setup.programs())
                .storage(watched).clock(setup.clock()).build();
        long audit = memory.audit().count();
        List<Household> households = households(memory);
        List<Case> cases = cases(memory);
        List<Payment> payments = payments(memory);

        ReformCosting c = ca.costReform(rural("900"), DANTU, SEP, YearMonth.of(2022, 12), 5);

        assertThat(c.change()).isEqualTo(Money.of("1164.00").plus(Money.of("600.00"))); // 4 × 291 + 4 × 150
        assertThat(writes).isEmpty();
        assertThat(memory.audit().count()).isEqualTo(audit);
        assertThat(households(memory)).isEqualTo(households);
        assertThat(cases(memory)).isEqualTo(cases);
        assertThat(payments(memory)).isEqualTo(payments);
    }

    @Test
    void badInput_isRefusedWithAClearMessage() {
        CivilAffairs ca = district(InMemoryStorage.create());
        assertThatThrownBy(() -> ca.costReform(rural("900"), DANTU, OCT, SEP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("测算期间结束早于开始");
        assertThatThrownBy(() -> ca.costReform(rural("900"), DANTU, OCT, OCT.plusYears(11)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("120");
        assertThatThrownBy(() -> ca.costReform(rural("900"), DANTU, OCT, OCT, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0–1000");
        assertThatThrownBy(() -> ca.costReform(null, DANTU, OCT, OCT)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("reform");
        assertThatThrownBy(() -> new CostingFigures(Money.of("-1.00"), Money.ZERO, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renderers_showTheFiguresMaskedAndInWan() {
        Storage storage = InMemoryStorage.create();
        CivilAffairs ca = district(storage);
        Household withIdNumber = CivilAffairsTest.household("110105194912310021", "2550");
        storage.households().save(withIdNumber, CLERK);

        ReformCosting c = ca.costReform(rural("900"), DANTU, OCT, OCT);
        String text = CostingRenderer.text(c, Locale.CHINA, Map.of(GAOQIAO, "高桥镇"));
        String json = CostingRenderer.json(c);
        String html = CostingRenderer.html(c, Locale.ENGLISH);

        assertThat(text).contains("最低生活保障").contains("1,209.00").contains("1,650.00").contains("+441.00")
                .contains("高桥镇 (321112100)").contains("110105********0021").doesNotContain("110105194912310021");
        assertThat(json).contains("\"today\":\"1209.00\"").contains("\"reform\":\"1650.00\"")
                .contains("\"newlyEligibleHouseholds\":1").contains("110105********0021")
                .doesNotContain("194912310021");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("0.12 万元").contains("0.17 万元")
                .doesNotContain("194912310021");
        assertThat(CostingRenderer.wanText(Money.of("123456789.00"))).isEqualTo("12,345.68 万元");
    }

    // ------------------------------------------------------------------ properties

    @Test
    void property_raisingAStandard_neverLowersTheDibaoCost() {
        qt().withExamples(40).forAll(longs().all(), integers().between(0, 400)).checkAssert((seed, raise) -> {
            Storage storage = InMemoryStorage.create();
            CivilAffairs ca = district(storage);
            builtInRegistry(storage, seed);
            Money raised = Money.of("803.00").plus(Money.ofFen(raise * 100L + Math.floorMod(seed, 100L)));
            Reform reform = Reform.builder("raise").set(Dibao.STANDARD_RURAL, raised).build();

            ReformCosting c = ca.costReform(reform, DANTU, SEP, YearMonth.of(2022, 11));

            assertThat(c.program(NationalPrograms.DIBAO).reform())
                    .isGreaterThanOrEqualTo(c.program(NationalPrograms.DIBAO).today());
            assertThat(c.lines(NationalPrograms.DIBAO))
                    .allSatisfy(l -> assertThat(l.figures().reform()).isGreaterThanOrEqualTo(l.figures().today()));
            assertThat(c.program(NationalPrograms.DIBAO).noLongerEligibleHouseholds()).isZero();
        });
    }

    @Test
    void property_todaysFigures_areWhatTheMonthlyRunPays_builtIns() {
        qt().withExamples(25).forAll(longs().all()).checkAssert(seed -> {
            Storage costed = InMemoryStorage.create();
            Storage run = InMemoryStorage.create();
            CivilAffairs ca = district(costed);
            CivilAffairs runner = district(run);
            builtInRegistry(costed, seed);
            builtInRegistry(run, seed);
            compare(ca.costReform(rural("900"), DANTU, SEP, YearMonth.of(2022, 12)), runner, SEP, YearMonth.of(2022, 12));
        });
    }

    @Test
    void property_todaysFigures_areWhatTheMonthlyRunPays_graceScreeningAndEnrolments() {
        Clock clock = MonthlyRunnerTest.CLOCK;
        qt().withExamples(15).forAll(longs().all()).checkAssert(seed -> {
            TestPrograms programs = new TestPrograms();
            Storage costed = InMemoryStorage.create();
            Storage run = InMemoryStorage.create();
            testRegistry(costed, seed);
            testRegistry(run, seed);
            Reform shorterGrace = Reform.builder("one grace month").set(TestPrograms.GRACE, 1).build();
            ReformCosting c = programs.runtime(costed, clock).costReform(shorterGrace, DANTU, MonthlyRunnerTest.JAN,
                    YearMonth.of(2022, 5));
            compare(c, programs.runtime(run, clock), MonthlyRunnerTest.JAN, YearMonth.of(2022, 5));
        });
    }

    @Test
    void property_onSeveralThreads_theCostingIsTheSameAsOnOne() {
        Clock clock = MonthlyRunnerTest.CLOCK;
        qt().withExamples(30).forAll(longs().all(), integers().between(2, 6)).checkAssert((seed, threads) -> {
            TestPrograms programs = new TestPrograms();
            Storage storage = InMemoryStorage.create();
            for (long part = 0; part < 4; part++) {
                testRegistry(storage, seed + part, "p" + part + "-");
            }
            CivilAffairs ca = programs.runtime(storage, clock);
            Reform shorterGrace = Reform.builder("one grace month").set(TestPrograms.GRACE, 1).build();
            ReformCosting one = ca.costReform(shorterGrace, DANTU, MonthlyRunnerTest.JAN, YearMonth.of(2022, 5), 50, 1);
            ReformCosting many = ca.costReform(shorterGrace, DANTU, MonthlyRunnerTest.JAN, YearMonth.of(2022, 5), 50,
                    threads);
            assertThat(many).isEqualTo(one);
        });
        qt().withExamples(20).forAll(longs().all(), integers().between(2, 6)).checkAssert((seed, threads) -> {
            Storage storage = InMemoryStorage.create();
            CivilAffairs ca = district(storage);
            builtInRegistry(storage, seed);
            builtInRegistry(storage, seed + 1, "b-");
            Reform reform = Reform.builder("raise").set(Dibao.STANDARD_RURAL, Money.of("900.00")).build();
            ReformCosting one = ca.costReform(reform, DANTU, SEP, YearMonth.of(2022, 12), 20, 1);
            assertThat(ca.costReform(reform, DANTU, SEP, YearMonth.of(2022, 12), 20, threads)).isEqualTo(one);
        });
    }

    @Test
    void costingThreads_outOfRange_areRefused() {
        CivilAffairs ca = district(InMemoryStorage.create());
        assertThatThrownBy(() -> ca.costReform(rural("900"), DANTU, SEP, OCT, 10, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("测算线程数");
        assertThatThrownBy(() -> ca.costReform(rural("900"), DANTU, SEP, OCT, 10, 65))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Runs the months on the copy and compares each program's amount and month with today's figures. */
    private static void compare(ReformCosting c, CivilAffairs runner, YearMonth from, YearMonth to) {
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            MonthlyRun r = runner.runMonth(m, DANTU);
            YearMonth month = m;
            for (ProgramRun p : r.programs().values()) {
                Money costedToday = c.lines(p.program()).stream().filter(l -> l.month().equals(month))
                        .map(l -> l.figures().today()).reduce(Money.ZERO, Money::plus);
                assertThat(costedToday).as("%s in %s", p.program(), m).isEqualTo(p.amount());
            }
            Money costedAll = c.lines().stream().filter(l -> l.month().equals(month)).map(l -> l.figures().today())
                    .reduce(Money.ZERO, Money::plus);
            assertThat(costedAll).as("all programs in %s", m).isEqualTo(r.amount());
        }
    }

    /** Households of 高桥镇 with wages around the standard, most with an active 低保 case, some paid in August. */
    private static void builtInRegistry(Storage storage, long seed) {
        builtInRegistry(storage, seed, "");
    }

    static void builtInRegistry(Storage storage, long seed, String prefix) {
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        int n = 1 + rnd.nextInt(8);
        for (int i = 0; i < n; i++) {
            String id = prefix + "g" + i;
            Household h = CivilAffairsTest.household(id, (rnd.nextInt(330) * 10) + ".00");
            storage.households().save(h, CLERK);
            int kind = rnd.nextInt(4);
            if (kind <= 1) {
                storage.cases().save(activeSince(prefix + "D" + i, NationalPrograms.DIBAO, SubjectRef.household(h.id()),
                        GAOQIAO, YearMonth.of(2021, 1 + rnd.nextInt(12))), CLERK);
                if (kind == 0) {
                    storage.payments().post(PaymentRequest.of(PaymentKey.of(CaseId.of(prefix + "D" + i), YearMonth.of(2022, 8),
                            PaymentComponent.BASE), Money.ofFen(1 + rnd.nextInt(300_000))), CLERK);
                }
            }
        }
    }

    /** A small district on the test programs: steady, grace (with a paid month before), exit, approval, 80th birthdays. */
    private static void testRegistry(Storage storage, long seed) {
        testRegistry(storage, seed, "");
    }

    static void testRegistry(Storage storage, long seed, String prefix) {
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        int n = 1 + rnd.nextInt(10);
        for (int i = 0; i < n; i++) {
            String id = prefix + "S" + i;
            int size = 1 + rnd.nextInt(3);
            String income = (rnd.nextInt(30) * 100) + ".00";
            Household h = MonthlyRunnerTest.household(id, size, income,
                    LocalDate.of(1936 + rnd.nextInt(50), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
            storage.households().save(h, CLERK);
            int kind = rnd.nextInt(5);
            SubjectRef subject = SubjectRef.household(h.id());
            if (kind <= 2) {
                storage.cases().save(MonthlyRunnerTest.active(prefix + "D" + i, TestPrograms.DIBAO, subject, YearMonth.of(2021, 3)),
                        CLERK);
                if (kind == 0) {
                    storage.payments().post(PaymentRequest.of(PaymentKey.of(CaseId.of(prefix + "D" + i), YearMonth.of(2021, 12),
                            PaymentComponent.BASE), Money.ofFen(100 + rnd.nextInt(200_000))), CLERK);
                }
                if (rnd.nextBoolean()) {
                    storage.cases().save(MonthlyRunnerTest.active(prefix + "L" + i, TestPrograms.LIVING,
                            SubjectRef.person(PersonId.of(id + "-1")), YearMonth.of(2021, 5)), CLERK);
                }
            } else if (kind == 3) {
                Instant applied = LocalDate.of(2022, 1 + rnd.nextInt(3), 5).atTime(9, 0).atZone(CST).toInstant();
                storage.cases().save(Case.open(CaseId.of(prefix + "D" + i), TestPrograms.DIBAO, subject,
                                MonthlyRunnerTest.VILLAGE, PersonId.of(id + "-1"),
                                Transition.application("clerk", applied, "application", ApprovalLevel.TOWNSHIP))
                        .review("clerk", applied.plusSeconds(3600), "reviewed")
                        .approve(ApprovalLevel.COUNTY, "county", applied.plusSeconds(7200), "approved"), CLERK);
            }
        }
    }

    // ------------------------------------------------------------------ storage watching

    private static final Set<String> WRITES = Set.of("save", "saveAll", "post", "postAll", "reverse", "inTransaction",
            "delete", "append", "record");

    /** The storage with every write (and every transaction) recorded by name; reads pass through. */
    @SuppressWarnings("unchecked")
    private static <T> T watch(T target, List<String> writes) {
        return (T) Proxy.newProxyInstance(ReformCostingTest.class.getClassLoader(), allInterfaces(target.getClass()),
                (p, method, args) -> {
                    if (WRITES.contains(method.getName())) {
                        writes.add(method.getName());
                    }
                    Object result;
                    try {
                        result = method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result != null && method.getReturnType().isInterface()
                            && method.getReturnType().getPackageName().startsWith("org.minzheng.spi.storage")) {
                        return watch(result, writes);
                    }
                    return result;
                });
    }

    private static Class<?>[] allInterfaces(Class<?> type) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (!out.contains(i)) {
                    out.add(i);
                }
            }
        }
        return out.toArray(new Class<?>[0]);
    }

    private static List<Household> households(Storage s) {
        try (Stream<Household> st = s.households().streamByRegion(DANTU)) {
            return st.toList();
        }
    }

    private static List<Case> cases(Storage s) {
        try (Stream<Case> st = s.cases().streamByRegion(DANTU)) {
            return st.toList();
        }
    }

    private static List<Payment> payments(Storage s) {
        List<Payment> out = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2022, 1); !m.isAfter(YearMonth.of(2023, 12)); m = m.plusMonths(1)) {
            try (Stream<Payment> st = s.payments().streamByMonth(m, DANTU)) {
                st.forEach(out::add);
            }
        }
        return out;
    }
}
