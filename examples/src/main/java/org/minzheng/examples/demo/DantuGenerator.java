package org.minzheng.examples.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.children.GuardianRelation;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.elderly.AccidentInsuranceEnrolment;
import org.minzheng.core.elderly.AdaptationItem;
import org.minzheng.core.elderly.CareRisk;
import org.minzheng.core.elderly.CareVisit;
import org.minzheng.core.elderly.HomeAdaptation;
import org.minzheng.core.elderly.HomeCareService;
import org.minzheng.core.elderly.HomeCareVisit;
import org.minzheng.core.elderly.LivingArrangement;
import org.minzheng.core.elderly.PremiumPayer;
import org.minzheng.core.facility.Facility;
import org.minzheng.core.facility.FacilityId;
import org.minzheng.core.facility.FacilityKind;
import org.minzheng.core.facility.GradeScheme;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.ActivityOfDailyLiving;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.LabourCapacity;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.service.Organisation;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;

/**
 * Generates a synthetic, seeded Dantu district (合成丹徒区人口) whose monthly runs of
 * January–October 2022 land near the figures the district published.
 *
 * <p>Only the population that the programs touch is generated (the rest of the district changes no
 * figure): 低保 households (staying, leaving during the year, joining during the year), 特困
 * persons, severely disabled persons, the over-80s and the home-care elderly, children in
 * difficulty and left-behind children with their grandparents; plus the service records and
 * facilities of the period. Counts are drawn to hit the published figures at {@code scale} 1:
 * e.g. 1,713 低保 households at the start = 1,457 in coverage at the end + 287 leaving − 31
 * joining, with household sizes drawn so that persons come to 2,153 / 512 / 50. Amounts are not
 * fitted: they follow from the standards of the plugin.
 *
 * <p>Leaving is caused, not scripted: a member of a leaving household finds work (a
 * {@link Population.HouseholdChange} raising the household's income above the standard, which the
 * run turns into gradual exit and, after the grace months, termination) or the household buys a
 * car beyond the asset limit (terminated at once). Joining households are stored as approved
 * cases; the run starts paying them the month after approval. People who reach 80 during the year
 * have no 尊老金 case: the run enrols them.
 *
 * <p>All randomness comes from one {@link RandomGenerator} seeded with the given seed; the same
 * seed, scale and calibration give the same population.
 */
public final class DantuGenerator {

    /** China Standard Time. */
    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    /** The reference period starts here. */
    static final YearMonth FIRST = YearMonth.of(2022, 1);
    /** … and ends here. */
    static final YearMonth LAST = YearMonth.of(2022, 10);
    private static final LocalDate START = FIRST.atDay(1);
    private static final LocalDate END = LAST.atEndOfMonth();

    /**
     * The standards the generator calibrates incomes against (read from the plugin by the demo).
     *
     * @param dibaoUrban the urban dibao standard, yuan per person-month
     * @param dibaoRural the rural dibao standard
     * @param graceMonths the gradual-exit months ({@code dibao.grace-months})
     * @param vehicleLimit the vehicles a dibao household may own ({@code dibao.asset.vehicles})
     */
    public record Calibration(Money dibaoUrban, Money dibaoRural, int graceMonths, int vehicleLimit) {

        /** Illustrative defaults for tests without a plugin. */
        public static final Calibration DEFAULT = new Calibration(Money.of("840.00"), Money.of("840.00"), 6, 0);

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a standard is {@code null}
         * @throws IllegalArgumentException if a count is negative
         */
        public Calibration {
            Objects.requireNonNull(dibaoUrban, "dibaoUrban");
            Objects.requireNonNull(dibaoRural, "dibaoRural");
            if (graceMonths < 0 || vehicleLimit < 0) {
                throw new IllegalArgumentException("grace months and vehicle limit must not be negative");
            }
        }
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤";
    private static final String GIVEN = "秀英兰芳玉珍华明国建伟军平志强永春梅桂凤霞红云丽金海林荣德福生文俊杰宏涛东浩宇欣怡子涵梓轩雨晨佳琪一诺";
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final RandomGenerator rnd;
    private final double scale;
    private final Calibration cal;
    private final int visitsPerMonth;

    private final List<Household> households = new ArrayList<>();
    private final List<Case> cases = new ArrayList<>();
    private final List<ServiceRecord> records = new ArrayList<>();
    private final List<Facility> facilities = new ArrayList<>();
    private final List<Population.HouseholdChange> changes = new ArrayList<>();
    private final List<Population.TemporaryGrant> grants = new ArrayList<>();
    private final List<Household> dibaoStaying = new ArrayList<>();
    private final List<Household> notInDibao = new ArrayList<>();
    private final Set<String> idNumbers = new HashSet<>();
    /** Persons of special hardship (特困, 低保) aged 60+: government-paid insurance, home care. */
    private final List<Member> hardshipElderly = new ArrayList<>();
    private final List<Household> aloneElderly = new ArrayList<>();
    private final List<Household> adaptationCandidates = new ArrayList<>();
    private final List<Organisation> providers = new ArrayList<>();
    private int nextPerson;
    private int nextHousehold;
    private int nextCase;
    private int nextRecord;

    private DantuGenerator(long seed, double scale, Calibration cal, int visitsPerMonth) {
        this.rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        this.scale = scale;
        this.cal = cal;
        this.visitsPerMonth = visitsPerMonth;
    }

    /**
     * Generates a district.
     *
     * @param seed the seed: the same seed gives the same district
     * @param scale the population scale (1 = the published figures; 0.1 for a tenth)
     * @param calibration the standards to draw incomes against
     * @param homeCareVisitsPerMonth home-care visit records per elderly person and month (the real
     *     rhythm is about four; one keeps the demo fast and still counts every person)
     * @return the population
     * @throws IllegalArgumentException if {@code scale} is not in (0, 20] or the visits are not 0–8
     */
    public static Population generate(long seed, double scale, Calibration calibration, int homeCareVisitsPerMonth) {
        if (!(scale > 0 && scale <= 20)) {
            throw new IllegalArgumentException("scale must be in (0, 20]: " + scale);
        }
        if (homeCareVisitsPerMonth < 0 || homeCareVisitsPerMonth > 8) {
            throw new IllegalArgumentException("home-care visits per month must be 0-8: " + homeCareVisitsPerMonth);
        }
        DantuGenerator g = new DantuGenerator(seed, scale, Objects.requireNonNull(calibration, "calibration"), homeCareVisitsPerMonth);
        g.build();
        return new Population(g.households, g.cases, g.records, g.facilities, g.changes, g.grants);
    }

    private int n(int published) {
        return Math.max(0, (int) Math.round(published * scale));
    }

    // ------------------------------------------------------------------ the plan

    private void build() {
        facilities();
        int disabledInDibao = dibao();
        tekun();
        disability(n(4_861) - disabledInDibao);
        children();
        leftBehind();
        seniors();
        homeCare();
        careVisits();
        adaptations();
        insurance();
        temporaryAssistance();
    }

    /**
     * 临时救助: 182 grants over the ten months, mostly 支出型 for 低保 households whose spending
     * spiked, the rest 急难型 after an accident or fire; needs assessed at a few hundred to a few
     * thousand yuan (the published average is about 1,220).
     */
    private void temporaryAssistance() {
        for (int i = 0; i < n(182); i++) {
            boolean expenditure = rnd.nextDouble() < 0.6 && !dibaoStaying.isEmpty();
            List<Household> pool = expenditure || notInDibao.isEmpty() ? dibaoStaying : notInDibao;
            Household h = pool.get(rnd.nextInt(pool.size()));
            double u = rnd.nextDouble();
            Money need = Money.of(BigDecimal.valueOf(400 + 2_600 * u * u).setScale(0, RoundingMode.HALF_UP).setScale(2));
            grants.add(new Population.TemporaryGrant(FIRST.plusMonths(rnd.nextInt(10)), h.id(), !expenditure, need));
        }
    }

    /** 低保: staying, leaving and joining households; returns disabled members given subsidies. */
    private int dibao() {
        int stay = n(1_457) - n(31);
        int leave = n(287);
        int join = n(31);
        int disabled = 0;
        for (int i = 0; i < stay; i++) {
            Household h = dibaoHousehold(pick(new double[] {0.60, 0.33, 0.06, 0.01}) + 1, false);
            dibaoStaying.add(h);
            cases.add(active(NationalPrograms.DIBAO, SubjectRef.household(h.id()), h.region(), h.head().id(), historicMonth()));
            for (Member m : h.members()) {
                Person p = m.person();
                if (p.disability().isPresent()) {
                    disabled++;
                    cases.add(active(NationalPrograms.DISABILITY_LIVING_SUBSIDY, SubjectRef.person(p.id()), h.region(), p.id(), historicMonth()));
                    if (p.disability().get().grade() <= 2) {
                        cases.add(active(NationalPrograms.DISABILITY_CARE_SUBSIDY, SubjectRef.person(p.id()), h.region(), p.id(), historicMonth()));
                    }
                }
            }
        }
        int grace = cal.graceMonths();
        for (int i = 0; i < leave; i++) {
            Household h = dibaoHousehold(pick(new double[] {0.42, 0.40, 0.16, 0.02}) + 1, true);
            cases.add(active(NationalPrograms.DIBAO, SubjectRef.household(h.id()), h.region(), h.head().id(), historicMonth()));
            YearMonth cancel = FIRST.plusMonths(rnd.nextInt(10));
            YearMonth rise = cancel.minusMonths(grace);
            if (!rise.isBefore(FIRST)) {
                Member earner = h.members().stream()
                        .filter(m -> m.person().labourCapacity().orElse(LabourCapacity.NONE) != LabourCapacity.NONE)
                        .findFirst().orElse(h.members().get(0));
                BigDecimal wage = standard(h).amount().multiply(BigDecimal.valueOf(h.size()))
                        .multiply(BigDecimal.valueOf(1.2 + 0.6 * rnd.nextDouble())).setScale(0, RoundingMode.CEILING);
                List<Income> after = new ArrayList<>(h.incomes());
                after.add(Income.of(IncomeKind.WAGE, Money.of(wage.setScale(2)), earner.person().id()));
                List<Income> incomes = List.copyOf(after);
                changes.add(new Population.HouseholdChange(rise, h.id(), "a member found work (家庭成员就业，收入增加)",
                        x -> x.toBuilder().incomes(incomes).build()));
            } else {
                int vehicles = cal.vehicleLimit() + 1;
                changes.add(new Population.HouseholdChange(cancel, h.id(), "the household bought a car (家庭新购机动车)",
                        x -> x.toBuilder().assets(x.assets().withVehicles(vehicles, Money.of("68000.00"))).build()));
            }
        }
        for (int i = 0; i < join; i++) {
            Household h = dibaoHousehold(pick(new double[] {0.5, 0.4, 0.1}) + 1, false);
            YearMonth start = FIRST.plusMonths(1 + rnd.nextInt(9));
            cases.add(approved(NationalPrograms.DIBAO, SubjectRef.household(h.id()), h.region(), h.head().id(), start));
        }
        return disabled;
    }

    private Household dibaoHousehold(int size, boolean leaving) {
        DantuDistrict.Township t = township();
        HukouType hukou = t.street() && rnd.nextDouble() < 0.8 ? HukouType.URBAN : HukouType.RURAL;
        List<Member> members = new ArrayList<>();
        if (leaving) {
            Person head = person(age(28, 50), hukou, LabourCapacity.PARTIAL, null);
            members.add(Member.of(head, Relation.HEAD));
            if (size >= 2) {
                members.add(Member.of(size == 2 && rnd.nextBoolean() ? child(head, hukou) : spouse(head, hukou, LabourCapacity.FULL), Relation.SPOUSE));
                if (members.get(1).person().birthDate().isAfter(head.birthDate().plusYears(15))) {
                    members.set(1, Member.of(members.get(1).person(), Relation.CHILD));
                }
            }
            for (int i = 2; i < size; i++) {
                members.add(Member.of(child(head, hukou), Relation.CHILD));
            }
        } else if (size == 1) {
            boolean elderly = rnd.nextDouble() < 0.6;
            Person p = elderly ? person(age(60, 92), hukou, LabourCapacity.NONE, rnd.nextDouble() < 0.12 ? disability() : null)
                    : person(age(25, 59), hukou, LabourCapacity.NONE, disability());
            members.add(Member.of(p, Relation.HEAD));
        } else if (size == 2) {
            double r = rnd.nextDouble();
            if (r < 0.5) {
                Person head = person(age(62, 90), hukou, LabourCapacity.NONE, rnd.nextDouble() < 0.12 ? disability() : null);
                members.add(Member.of(head, Relation.HEAD));
                members.add(Member.of(spouse(head, hukou, LabourCapacity.NONE), Relation.SPOUSE));
            } else if (r < 0.75) {
                Person head = person(age(48, 70), hukou, LabourCapacity.PARTIAL, null);
                members.add(Member.of(head, Relation.HEAD));
                Person c = person(between(head.birthDate().plusYears(20), START.minusYears(18)), hukou, LabourCapacity.NONE, disability());
                members.add(Member.of(c, Relation.CHILD));
            } else {
                Person head = person(age(60, 78), hukou, LabourCapacity.NONE, null);
                members.add(Member.of(head, Relation.HEAD));
                members.add(Member.of(person(age(5, 15), hukou, LabourCapacity.NONE, null), Relation.GRANDCHILD));
            }
        } else {
            Person head = person(age(35, 52), hukou, LabourCapacity.PARTIAL, rnd.nextDouble() < 0.4 ? disability() : null);
            members.add(Member.of(head, Relation.HEAD));
            members.add(Member.of(spouse(head, hukou, LabourCapacity.PARTIAL), Relation.SPOUSE));
            for (int i = 2; i < size; i++) {
                members.add(Member.of(child(head, hukou), Relation.CHILD));
            }
        }
        Money s = t.street() && hukou == HukouType.URBAN ? cal.dibaoUrban() : cal.dibaoRural();
        // per-capita income as a share of the standard: about 0.45 on average, which puts the
        // benefit near the published 524 yuan a person-month
        double f = rnd.nextDouble() < 0.15 ? 0 : 0.3 + 0.5 * rnd.nextDouble();
        if (leaving) {
            f = 0.2 + 0.4 * rnd.nextDouble();
        }
        BigDecimal total = s.amount().multiply(BigDecimal.valueOf(f * members.size())).setScale(0, RoundingMode.DOWN);
        List<Income> incomes = new ArrayList<>();
        if (total.signum() > 0) {
            Person head = members.get(0).person();
            IncomeKind kind = head.ageOn(START) >= 60 ? IncomeKind.PENSION : leaving ? IncomeKind.WAGE : IncomeKind.TRANSFER;
            incomes.add(Income.of(kind, Money.of(total.setScale(2)), head.id()));
        }
        Household h = household(t, hukou, members, incomes);
        for (Member m : h.members()) {
            if (m.person().ageOn(START) >= 60) {
                hardshipElderly.add(m);
            }
        }
        if (!leaving && h.head().ageOn(START) >= 60) {
            adaptationCandidates.add(h);
        }
        return h;
    }

    private Money standard(Household h) {
        return h.hukou() == HukouType.URBAN ? cal.dibaoUrban() : cal.dibaoRural();
    }

    /** 特困: persons living alone, no income above the standard, no one to support them. */
    private void tekun() {
        for (int i = 0; i < n(657); i++) {
            DantuDistrict.Township t = township();
            HukouType hukou = t.street() && rnd.nextDouble() < 0.5 ? HukouType.URBAN : HukouType.RURAL;
            boolean elderly = rnd.nextDouble() < 0.88;
            Disability d = elderly ? (rnd.nextDouble() < 0.15 ? disability() : null)
                    : Disability.of(rnd.nextBoolean() ? DisabilityCategory.PHYSICAL : DisabilityCategory.INTELLECTUAL, 1 + rnd.nextInt(2));
            Person p = person(elderly ? age(60, 95) : age(20, 59), hukou, LabourCapacity.NONE, d);
            double r = rnd.nextDouble();
            SelfCare care = r < 0.7 ? SelfCare.ABLE : r < 0.9
                    ? SelfCare.losing(ActivityOfDailyLiving.BATHING, ActivityOfDailyLiving.WALKING_INDOORS)
                    : SelfCare.losing(ActivityOfDailyLiving.BATHING, ActivityOfDailyLiving.WALKING_INDOORS,
                            ActivityOfDailyLiving.DRESSING, ActivityOfDailyLiving.TOILETING, ActivityOfDailyLiving.TRANSFERRING);
            p = p.toBuilder().selfCare(care).build();
            List<Income> incomes = new ArrayList<>();
            if (elderly && rnd.nextDouble() < 0.7) {
                incomes.add(Income.of(IncomeKind.PENSION, Money.ofFen(1_000L * (15 + rnd.nextInt(10))), p.id()));
            }
            Household h = household(t, hukou, List.of(Member.of(p, Relation.HEAD)), incomes);
            cases.add(active(NationalPrograms.TEKUN, SubjectRef.person(p.id()), h.region(), p.id(), historicMonth()));
            if (elderly) {
                hardshipElderly.add(h.members().get(0));
                adaptationCandidates.add(h);
            }
        }
    }

    /** 重度残疾人护理补贴 for severely disabled persons outside 低保. */
    private void disability(int persons) {
        for (int i = 0; i < persons; i++) {
            DantuDistrict.Township t = township();
            HukouType hukou = t.street() && rnd.nextDouble() < 0.7 ? HukouType.URBAN : HukouType.RURAL;
            DisabilityCategory c = category();
            Disability d = Disability.of(c, 1 + rnd.nextInt(2));
            List<Member> members = new ArrayList<>();
            Person p;
            if (rnd.nextDouble() < 0.15) {
                Person parent = person(age(35, 60), hukou, LabourCapacity.FULL, null);
                p = person(between(maxDate(parent.birthDate().plusYears(20), START.minusYears(17)), START.minusYears(3)), hukou, LabourCapacity.NONE, d);
                members.add(Member.of(parent, Relation.HEAD));
                members.add(Member.of(p, Relation.CHILD));
            } else {
                p = person(age(20, 88), hukou, LabourCapacity.NONE, d);
                members.add(Member.of(p, Relation.HEAD));
                if (rnd.nextDouble() < 0.5) {
                    members.add(Member.of(spouse(p, hukou, LabourCapacity.FULL), Relation.SPOUSE));
                }
            }
            Money s = standard(hukou);
            BigDecimal income = s.amount().multiply(BigDecimal.valueOf(members.size() * (1.4 + 2.0 * rnd.nextDouble())))
                    .setScale(0, RoundingMode.DOWN);
            Person earner = members.get(0).person();
            IncomeKind kind = earner.ageOn(START) >= 60 ? IncomeKind.PENSION : IncomeKind.WAGE;
            Household h = household(t, hukou, members, List.of(Income.of(kind, Money.of(income.setScale(2)), earner.id())));
            notInDibao.add(h);
            cases.add(active(NationalPrograms.DISABILITY_CARE_SUBSIDY, SubjectRef.person(p.id()), h.region(), p.id(), historicMonth()));
            if (p.ageOn(START) >= 60 && rnd.nextDouble() < 0.3) {
                adaptationCandidates.add(h);
            }
        }
    }

    /** 困境儿童: orphans, de-facto unsupported children, children whose parents cannot care for them. */
    private void children() {
        int total = n(141);
        for (int i = 0; i < total; i++) {
            double r = rnd.nextDouble();
            LocalDate since = START.minusMonths(8 + rnd.nextInt(60));
            List<Parent> parents;
            if (r < 0.2) {
                parents = List.of(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.DECEASED, since)),
                        Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.DECEASED, since.minusMonths(rnd.nextInt(30)))));
            } else if (r < 0.7) {
                Parent father = rnd.nextBoolean()
                        ? Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.SERVING_SENTENCE, since))
                        : Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.AT_HOME, since))
                                .withDisability(Disability.of(DisabilityCategory.PHYSICAL, 1));
                parents = List.of(father, Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.LOST_CONTACT, since)));
            } else {
                parents = List.of(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.AT_HOME, since))
                                .withDisability(Disability.of(DisabilityCategory.MENTAL, 2)),
                        Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.AT_HOME, since)).withSeriouslyIll(true));
            }
            childWithGrandparent(parents, NationalPrograms.CHILD_SUBSIDY, age(2, 16), false);
        }
    }

    /** 农村留守儿童: both parents work away; every child has a signed 委托监护责任确认书. */
    private void leftBehind() {
        for (int i = 0; i < n(52); i++) {
            LocalDate since = START.minusMonths(6 + rnd.nextInt(48));
            List<Parent> parents = List.of(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.WORKING_AWAY, since)),
                    Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.WORKING_AWAY, since.plusMonths(rnd.nextInt(6)))));
            childWithGrandparent(parents, NationalPrograms.LEFT_BEHIND_CHILD_CARE, age(3, 14), true);
        }
    }

    private void childWithGrandparent(List<Parent> parents, ProgramCode program, LocalDate birth, boolean rural) {
        DantuDistrict.Township t = rural ? ruralTownship() : township();
        HukouType hukou = rural || !t.street() ? HukouType.RURAL : HukouType.URBAN;
        Person grandparent = person(age(58, 76), hukou, LabourCapacity.PARTIAL, null);
        Person child = person(birth, hukou, LabourCapacity.NONE, null).toBuilder().parents(parents).build();
        Household h = household(t, hukou, List.of(Member.of(grandparent, Relation.HEAD), Member.of(child, Relation.GRANDCHILD)),
                List.of(Income.of(IncomeKind.PENSION, Money.of(standard(hukou).amount().multiply(BigDecimal.valueOf(0.9 + rnd.nextDouble()))
                        .setScale(0, RoundingMode.DOWN).setScale(2)), grandparent.id())));
        Case c = active(program, SubjectRef.person(child.id()), h.region(), grandparent.id(), historicMonth());
        cases.add(c);
        if (program.equals(NationalPrograms.LEFT_BEHIND_CHILD_CARE)) {
            LocalDate signed = START.minusDays(30 + rnd.nextInt(300));
            records.add(GuardianshipConfirmation.builder().id(recordId("gc")).subject(SubjectRef.person(child.id()))
                    .region(h.region()).caseId(c.id()).guardianName(grandparent.name())
                    .guardianRelation(GuardianRelation.GRANDPARENT).signedOn(signed).termStart(signed)
                    .termEnd(signed.plusYears(3)).build());
        }
    }

    /** The over-80s: fill up to the published 尊老金 count, then give a case to those already 80. */
    private void seniors() {
        int target = n(12_768);
        int have = 0;
        for (Household h : households) {
            for (Member m : h.members()) {
                if (m.person().ageOn(END) >= 80) {
                    have++;
                }
            }
        }
        while (have < target) {
            DantuDistrict.Township t = township();
            HukouType hukou = t.street() && rnd.nextDouble() < 0.7 ? HukouType.URBAN : HukouType.RURAL;
            // ages at the end of the period: the 80-year-old cohort is about a tenth of the over-80s
            LocalDate birth = rnd.nextDouble() < 0.085
                    ? between(END.minusYears(80).minusMonths(10).plusDays(1), END.minusYears(80))
                    : between(END.minusYears(101), END.minusYears(80).minusMonths(10));
            Person head = person(birth, hukou, LabourCapacity.NONE, rnd.nextDouble() < 0.08 ? disability() : null);
            List<Member> members = new ArrayList<>();
            members.add(Member.of(head, Relation.HEAD));
            have++;
            if (have < target && rnd.nextDouble() < 0.35) {
                Person spouse = person(between(maxDate(head.birthDate().minusYears(4), END.minusYears(100)), minDate(head.birthDate().plusYears(4), END.minusYears(80))),
                        hukou, LabourCapacity.NONE, null);
                members.add(Member.of(spouse, Relation.SPOUSE));
                have++;
            }
            Household h = household(t, hukou, members, List.of(Income.of(IncomeKind.PENSION,
                    Money.ofFen(100L * (300 + rnd.nextInt(2500))), head.id())));
            if (members.size() == 1) {
                aloneElderly.add(h);
            }
        }
        for (Household h : households) {
            for (Member m : h.members()) {
                Person p = m.person();
                if (p.ageOn(START.minusDays(1)) >= 80) {
                    YearMonth reached = YearMonth.from(p.birthDate().plusYears(80));
                    YearMonth from = reached.isBefore(YearMonth.of(2012, 1)) ? YearMonth.of(2012, 1) : reached;
                    if (from.isAfter(YearMonth.of(2021, 12))) {
                        from = YearMonth.of(2021, 12);
                    }
                    cases.add(active(NationalPrograms.SENIOR_ALLOWANCE, SubjectRef.person(p.id()), h.region(), p.id(), from));
                }
            }
        }
    }

    /** 居家养老上门服务: the over-80s first, then the special-hardship elderly; visits of three hours. */
    private void homeCare() {
        int target = n(12_302);
        List<Household> served = new ArrayList<>();
        List<Member> persons = new ArrayList<>();
        Set<PersonId> chosen = new HashSet<>();
        for (Household h : households) {
            for (Member m : h.members()) {
                if (persons.size() < target && m.person().ageOn(START) >= 80 && chosen.add(m.person().id())) {
                    persons.add(m);
                    served.add(h);
                }
            }
        }
        for (Member m : hardshipElderly) {
            if (persons.size() >= target) {
                break;
            }
            if (chosen.add(m.person().id())) {
                persons.add(m);
                RegionCode region = regionOf(m.person().id());
                served.add(households.stream().filter(h -> h.region().equals(region) && h.member(m.person().id()).isPresent())
                        .findFirst().orElseThrow());
            }
        }
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i).person();
            Household h = served.get(i);
            Organisation provider = providers.get(rnd.nextInt(providers.size()));
            if (p.ageOn(START) >= 80) {
                // the district's general group (homecare.age.general); the younger special-hardship
                // elderly are served through their 特困 / 低保 cases, without a home-care case
                cases.add(active(NationalPrograms.HOME_CARE, SubjectRef.person(p.id()), h.region(), p.id(), historicMonth()));
            }
            for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
                for (int v = 0; v < visitsPerMonth; v++) {
                    LocalDateTime start = m.atDay(1 + rnd.nextInt(28)).atTime(8 + rnd.nextInt(6), 0);
                    Set<HomeCareService> services = EnumSet.of(HomeCareService.CLEANING);
                    if (rnd.nextDouble() < 0.3) {
                        services.add(HomeCareService.HAIRCUT);
                    }
                    if (p.gender() == Gender.MALE && rnd.nextDouble() < 0.4) {
                        services.add(HomeCareService.SHAVING);
                    }
                    if (rnd.nextDouble() < 0.2) {
                        services.add(HomeCareService.MEAL_HELP);
                    }
                    records.add(HomeCareVisit.builder().id(recordId("hc")).subject(SubjectRef.person(p.id())).region(h.region())
                            .provider(provider).worker("助老员" + (1 + rnd.nextInt(400))).start(start).end(start.plusHours(3))
                            .services(services).build());
                }
            }
        }
    }

    /** 关爱巡访: monthly visits to older persons living alone. */
    private void careVisits() {
        int target = Math.min(n(56), aloneElderly.size());
        for (int i = 0; i < target; i++) {
            Household h = aloneElderly.get(i * Math.max(1, aloneElderly.size() / Math.max(1, target)));
            Person p = h.head();
            for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
                CareVisit.Builder b = CareVisit.builder().id(recordId("cv")).subject(SubjectRef.person(p.id())).region(h.region())
                        .visitor("网格员" + (1 + rnd.nextInt(120))).visitedOn(m.atDay(5 + rnd.nextInt(20)))
                        .livingArrangement(LivingArrangement.LIVING_ALONE);
                if (rnd.nextDouble() < 0.1) {
                    b.findings("行动不便，家中地面湿滑 (walks with difficulty; slippery floor)").risk(CareRisk.FALL)
                            .followUp("转介适老化改造 (referred for home adaptation)");
                } else {
                    b.findings("身体状况稳定，生活正常 (stable; managing well)");
                }
                records.add(b.build());
            }
        }
    }

    /** 居家适老化改造: special-hardship older households, assessed and completed in the period. */
    private void adaptations() {
        int target = Math.min(n(100), adaptationCandidates.size());
        List<Household> pool = new ArrayList<>(adaptationCandidates);
        for (int i = 0; i < target; i++) {
            Household h = pool.remove(rnd.nextInt(pool.size()));
            LocalDate assessed = FIRST.plusMonths(rnd.nextInt(9)).atDay(1 + rnd.nextInt(28));
            records.add(HomeAdaptation.builder().id(recordId("ad")).subject(SubjectRef.household(h.id())).region(h.region())
                    .assessedOn(assessed)
                    .item(AdaptationItem.of("卫生间扶手 (grab bars in the bathroom)", Money.of("600.00")))
                    .item(AdaptationItem.of("防滑地面 (anti-slip floor)", Money.of("1200.00")))
                    .item(AdaptationItem.of("感应夜灯 (motion-sensor night lights)", Money.of("150.00")))
                    .contractor(providers.get(0)).completedOn(minDate(assessed.plusDays(30), END)).build());
        }
    }

    /**
     * 安康关爱意外伤害保险 for 2022: government-paid for the special-hardship elderly; other
     * elderly of the district enrol themselves. Those others are most of the district's 60+
     * population, which is not otherwise generated: their enrolments name synthetic person
     * identifiers that have no registry record.
     */
    private void insurance() {
        int government = n(2_377);
        int other = n(84_163);
        Set<PersonId> covered = new HashSet<>();
        Organisation insurer = providers.get(providers.size() - 1);
        int g = 0;
        for (Member m : hardshipElderly) {
            if (g >= government) {
                break;
            }
            if (covered.add(m.person().id())) {
                records.add(enrolment(m.person().id(), regionOf(m.person().id()), PremiumPayer.GOVERNMENT, insurer));
                g++;
            }
        }
        for (Household h : households) {
            for (Member m : h.members()) {
                if (g < government && m.person().ageOn(START) >= 80 && covered.add(m.person().id())) {
                    records.add(enrolment(m.person().id(), h.region(), PremiumPayer.GOVERNMENT, insurer));
                    g++;
                }
            }
        }
        int o = 0;
        for (Household h : households) {
            for (Member m : h.members()) {
                if (o < other && m.person().ageOn(START) >= 60 && covered.add(m.person().id())) {
                    records.add(enrolment(m.person().id(), h.region(), rnd.nextDouble() < 0.7 ? PremiumPayer.SELF : PremiumPayer.SHARED, insurer));
                    o++;
                }
            }
        }
        for (int i = 0; o < other; i++, o++) {
            records.add(enrolment(PersonId.of(pad("E", i, 7)), village(township()),
                    rnd.nextDouble() < 0.7 ? PremiumPayer.SELF : PremiumPayer.SHARED, insurer));
        }
    }

    private AccidentInsuranceEnrolment enrolment(PersonId person, RegionCode region, PremiumPayer payer, Organisation insurer) {
        return AccidentInsuranceEnrolment.builder().id(recordId("in")).subject(SubjectRef.person(person)).region(region)
                .year(Year.of(2022)).premium(Money.of("20.00")).payer(payer).insurer(insurer)
                .enrolledOn(LocalDate.of(2022, 1, 1).plusDays(rnd.nextInt(90))).build();
    }

    private RegionCode regionOf(PersonId id) {
        if (regions.isEmpty()) {
            for (Household h : households) {
                for (Member m : h.members()) {
                    regions.put(m.person().id(), h.region());
                }
            }
        }
        return Objects.requireNonNull(regions.get(id), "no household for a generated person");
    }

    private final java.util.Map<PersonId, RegionCode> regions = new java.util.HashMap<>();

    /** The facilities the district reported. */
    private void facilities() {
        for (int i = 0; i < 12; i++) {
            providers.add(Organisation.of(CreditCode.parse(creditCode(i < 11 ? "52" : "91")),
                    i < 11 ? "丹徒区第" + (i + 1) + "居家养老服务社" : "示例财产保险公司镇江中心支公司"));
        }
        facility(FacilityKind.DISABILITY_CARE_CENTRE, "丹徒区残疾人托养和失智老人照护中心", null, 0);
        facility(FacilityKind.REGIONAL_ELDERLY_CARE_CENTRE, "辛丰镇区域性养老服务中心", null, 3);
        facility(FacilityKind.REGIONAL_ELDERLY_CARE_CENTRE, "宝堰镇区域性养老服务中心", null, 6);
        facility(FacilityKind.COMMUNITY_ELDERLY_CARE_CENTRE, "宜城街道社区居家养老服务中心", "3A", 1);
        for (int i = 0; i < 8; i++) {
            facility(FacilityKind.COMMUNITY_ELDERLY_CARE_CENTRE, DantuDistrict.TOWNSHIPS.get(i).name() + "第" + (i + 2) + "社区居家养老服务中心", "2A", i);
        }
        for (int i = 0; i < 5; i++) {
            facility(FacilityKind.CHILDREN_CARE_SITE, DantuDistrict.TOWNSHIPS.get(2 + i).name() + "关爱之家", null, 2 + i);
        }
        for (int i = 0; i < 3; i++) {
            facility(FacilityKind.COMMUNITY_SERVICE_CENTRE, DantuDistrict.TOWNSHIPS.get(i).name() + "社区综合服务中心", null, i);
        }
    }

    private void facility(FacilityKind kind, String name, String grade, int township) {
        Facility.Builder b = Facility.builder().id(FacilityId.of(pad("F", facilities.size() + 1, 3))).kind(kind).name(name)
                .region(village(DantuDistrict.TOWNSHIPS.get(township))).operator(providers.get(facilities.size() % 11))
                .openedOn(LocalDate.of(2015 + rnd.nextInt(7), 1 + rnd.nextInt(12), 1));
        if (grade != null) {
            b.grade(GradeScheme.JIANGSU_CENTRE_A.grade(grade));
        }
        facilities.add(b.build());
    }

    // ------------------------------------------------------------------ building blocks

    private Case active(ProgramCode program, SubjectRef subject, RegionCode region, PersonId applicant, YearMonth from) {
        LocalDate approvedOn = from.minusMonths(1).atDay(10 + rnd.nextInt(15));
        Instant applied = approvedOn.minusDays(12).atTime(9, 30).atZone(CST).toInstant();
        ApprovalLevel level = program.equals(NationalPrograms.TEMPORARY_ASSISTANCE) ? ApprovalLevel.TOWNSHIP : ApprovalLevel.COUNTY;
        return Case.open(CaseId.of(pad("C", ++nextCase, 7)), program, subject, region, applicant,
                        Transition.application("窗口受理", applied, "申请 (application)", ApprovalLevel.TOWNSHIP))
                .review("镇街审核", applied.plusSeconds(5 * 86_400L), "入户调查属实 (home visit confirms)")
                .approve(level, "区民政局", approvedOn.atTime(15, 0).atZone(CST).toInstant(), "审批通过 (approved)")
                .activate(level, "区民政局", from.atDay(1).atStartOfDay(CST).toInstant(), "按月发放 (monthly payment starts)");
    }

    private Case approved(ProgramCode program, SubjectRef subject, RegionCode region, PersonId applicant, YearMonth start) {
        LocalDate approvedOn = start.minusMonths(1).atDay(10 + rnd.nextInt(15));
        Instant applied = approvedOn.minusDays(12).atTime(9, 30).atZone(CST).toInstant();
        return Case.open(CaseId.of(pad("C", ++nextCase, 7)), program, subject, region, applicant,
                        Transition.application("窗口受理", applied, "申请 (application)", ApprovalLevel.TOWNSHIP))
                .review("镇街审核", applied.plusSeconds(5 * 86_400L), "入户调查属实 (home visit confirms)")
                .approve(ApprovalLevel.COUNTY, "区民政局", approvedOn.atTime(15, 0).atZone(CST).toInstant(), "审批通过 (approved)");
    }

    private YearMonth historicMonth() {
        return YearMonth.of(2016, 1).plusMonths(rnd.nextInt(71));
    }

    private Household household(DantuDistrict.Township t, HukouType hukou, List<Member> members, List<Income> incomes) {
        RegionCode village = village(t);
        Household h = Household.builder().id(pad("H", ++nextHousehold, 7)).region(village)
                .address(t.name() + "第" + village.value().substring(9).replaceFirst("^0+", "") + "村（社区）" + (1 + rnd.nextInt(40)) + "组" + (1 + rnd.nextInt(99)) + "号")
                .hukou(hukou).members(members).incomes(incomes).assets(Assets.NONE).build();
        households.add(h);
        return h;
    }

    private RegionCode village(DantuDistrict.Township t) {
        return RegionCode.parse(t.code().value().substring(0, 9) + pad("", (t.street() ? 1 : 200) + rnd.nextInt(12), 3));
    }

    private DantuDistrict.Township township() {
        double r = rnd.nextDouble();
        double acc = 0;
        for (DantuDistrict.Township t : DantuDistrict.TOWNSHIPS) {
            acc += t.weight();
            if (r < acc) {
                return t;
            }
        }
        return DantuDistrict.TOWNSHIPS.get(DantuDistrict.TOWNSHIPS.size() - 1);
    }

    private DantuDistrict.Township ruralTownship() {
        DantuDistrict.Township t;
        do {
            t = township();
        } while (t.street());
        return t;
    }

    private Money standard(HukouType hukou) {
        return hukou == HukouType.URBAN ? cal.dibaoUrban() : cal.dibaoRural();
    }

    private int pick(double[] weights) {
        double r = rnd.nextDouble();
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (r < acc) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private LocalDate age(int minYears, int maxYears) {
        return between(START.minusYears(maxYears + 1).plusDays(1), START.minusYears(minYears));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        if (b < a) {
            return from;
        }
        return LocalDate.ofEpochDay(a + rnd.nextLong(b - a + 1));
    }

    private static LocalDate maxDate(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate minDate(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private Person spouse(Person head, HukouType hukou, LabourCapacity capacity) {
        LocalDate birth = between(head.birthDate().minusYears(5), minDate(head.birthDate().plusYears(5), START.minusYears(20)));
        return person(birth, hukou, capacity, null, head.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE);
    }

    private Person child(Person head, HukouType hukou) {
        LocalDate earliest = maxDate(head.birthDate().plusYears(20), START.minusYears(17));
        return person(between(earliest, maxDate(earliest, START.minusYears(1))), hukou, LabourCapacity.NONE, null);
    }

    private Disability disability() {
        double g = rnd.nextDouble();
        int grade = g < 0.15 ? 1 : g < 0.4 ? 2 : g < 0.7 ? 3 : 4;
        return Disability.of(category(), grade);
    }

    private DisabilityCategory category() {
        double c = rnd.nextDouble();
        return c < 0.45 ? DisabilityCategory.PHYSICAL : c < 0.6 ? DisabilityCategory.INTELLECTUAL : c < 0.75 ? DisabilityCategory.MENTAL
                : c < 0.85 ? DisabilityCategory.VISUAL : c < 0.95 ? DisabilityCategory.HEARING : DisabilityCategory.MULTIPLE;
    }

    private Person person(LocalDate birth, HukouType hukou, LabourCapacity capacity, Disability disability) {
        return person(birth, hukou, capacity, disability, rnd.nextBoolean() ? Gender.MALE : Gender.FEMALE);
    }

    private Person person(LocalDate birth, HukouType hukou, LabourCapacity capacity, Disability disability, Gender gender) {
        String prefix = birth.getYear() < 2002 ? "321121" : "321112";
        String id;
        do {
            int seq = rnd.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
            String body = prefix + birth.toString().replace("-", "") + pad("", seq, 3);
            id = IdNumber.complete(body);
        } while (!idNumbers.add(id));
        Person.Builder b = Person.builder().id(pad("P", ++nextPerson, 7)).idNumber(IdNumber.parse(id))
                .name(name()).hukou(hukou).labourCapacity(capacity);
        if (disability != null) {
            b.disability(disability);
        }
        return b.build();
    }

    private String name() {
        StringBuilder s = new StringBuilder().append(SURNAMES.charAt(rnd.nextInt(SURNAMES.length())))
                .append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
        if (rnd.nextDouble() < 0.7) {
            s.append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
        }
        return s.toString();
    }

    private ServiceRecordId recordId(String prefix) {
        return ServiceRecordId.of(pad(prefix.toUpperCase(java.util.Locale.ROOT), ++nextRecord, 8));
    }

    /** Zero-padded decimal, without {@code String.format}'s per-call locale lookups. */
    private static String pad(String prefix, int value, int width) {
        String digits = Integer.toString(value);
        StringBuilder b = new StringBuilder(prefix.length() + width).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits).toString();
    }

    private String creditCode(String authorityAndType) {
        StringBuilder s = new StringBuilder(authorityAndType).append("321112");
        for (int i = 0; i < 9; i++) {
            s.append(CREDIT_ALPHABET.charAt(rnd.nextInt(i < 8 ? 10 : CREDIT_ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(s.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return s.append(CREDIT_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }
}
