package org.minzheng.examples.demo.population;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.ActivityOfDailyLiving;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.CapabilityRecord;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.ExpenditureKind;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.LabourCapacity;
import org.minzheng.core.registry.LivingSituation;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.Placement;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.Relative;
import org.minzheng.core.registry.RelativeKind;
import org.minzheng.core.registry.RigidExpenditure;
import org.minzheng.core.registry.SchoolEnrolment;
import org.minzheng.core.registry.SchoolLevel;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.StatusKind;

/**
 * Generates the whole synthetic 丹徒区 as a population (合成人口生成器): every family and collective household of
 * the census, persons with ages, hukou, parents, incomes by kind, assets, disabilities with grades, serious
 * illness, self-care and dated capability assessments, school enrolments, placements, living situations, relatives
 * across households with their statuses (decision 0385) and the households' rigid expenditure; then the period month by month as dated events — births, deaths, members leaving and
 * households arriving, jobs found and lost, disabilities certified, illnesses, self-care lost, emergencies — and
 * the applications residents make because of them.
 *
 * <p>It writes facts and events only: no case, payment, service record or count, and it never reads a published
 * figure (an architecture test holds it to that). Who applies is behaviour, not eligibility: a household applies
 * for 低保 when its countable income per head is below the line it knows, with a take-up chance; the rules decide.
 * Every input is a {@link Parameters} value documented in decisions 0320 and 0385.
 *
 * <p>All randomness comes from one seeded {@link RandomGenerator}: the same seed, scale, period and parameters
 * give the same district.
 */
public final class PopulationGenerator {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤";
    private static final String GIVEN = "秀英兰芳玉珍华明国建伟军平志强永春梅桂凤霞红云丽金海林荣德福生文俊杰宏涛东浩宇欣怡子涵梓轩雨晨佳琪一诺";
    private static final DisabilityCategory[] CATEGORIES = {DisabilityCategory.PHYSICAL, DisabilityCategory.VISUAL,
        DisabilityCategory.HEARING, DisabilityCategory.SPEECH, DisabilityCategory.INTELLECTUAL, DisabilityCategory.MENTAL,
        DisabilityCategory.MULTIPLE};
    /** Shares of the categories among certified disabilities (decision 0320). */
    private static final double[] CATEGORY_SHARES = {0.48, 0.13, 0.12, 0.01, 0.07, 0.10, 0.09};

    private final RandomGenerator rnd;
    private final double scale;
    private final Parameters p;
    private final YearMonth first;
    private final YearMonth last;
    private final LocalDate start;

    /** The households as the events leave them, by id, in creation order. */
    private final Map<HouseholdId, Household> current = new LinkedHashMap<>();
    private final List<Household> initial = new ArrayList<>();
    private final List<LifeEvent> events = new ArrayList<>();
    /** Households and persons that applied to a program, so that no one applies twice. */
    private final Set<String> applied = new HashSet<>();
    private final Set<String> idNumbers = new HashSet<>();
    private final List<Person> workingAge = new ArrayList<>();
    private int nextPerson;
    private int nextHousehold;

    private PopulationGenerator(long seed, double scale, Parameters p, YearMonth first, YearMonth last) {
        this.rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        this.scale = scale;
        this.p = p;
        this.first = first;
        this.last = last;
        this.start = first.atDay(1);
    }

    /**
     * Generates a district.
     *
     * @param seed the seed
     * @param scale the population scale (1 = the census district; 0.1 a tenth of its households)
     * @param parameters the inputs
     * @param first the first month of the period
     * @param last the last month of the period
     * @return the district
     * @throws IllegalArgumentException if {@code scale} is not in (0, 20] or {@code last} is before {@code first}
     */
    public static SyntheticDistrict generate(long seed, double scale, Parameters parameters, YearMonth first, YearMonth last) {
        if (!(scale > 0 && scale <= 20)) {
            throw new IllegalArgumentException("scale must be in (0, 20]: " + scale);
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the last month is before the first: " + first + ".." + last);
        }
        PopulationGenerator g = new PopulationGenerator(seed, scale, Objects.requireNonNull(parameters, "parameters"),
                first, last);
        g.households();
        g.applicationsBefore();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            g.month(m);
        }
        return new SyntheticDistrict(g.initial, g.events);
    }

    // ------------------------------------------------------------------ the registry at the start

    private void households() {
        int family = (int) Math.round(p.familyHouseholds() * scale);
        for (int i = 0; i < family; i++) {
            Household h = family(pick(p.householdTypes()), start.minusDays(1));
            initial.add(h);
            current.put(h.id(), h);
        }
        int collective = (int) Math.round(p.collectiveHouseholds() * scale);
        double perCollective = (double) p.collectivePersons() / p.collectiveHouseholds();
        for (int i = 0; i < collective; i++) {
            Household h = collective(perCollective);
            initial.add(h);
            current.put(h.id(), h);
        }
        // relatives across households and the living situation of the elderly, once every resident exists
        for (int i = 0; i < initial.size(); i++) {
            Household h = relativesAndSituation(initial.get(i));
            initial.set(i, h);
            current.put(h.id(), h);
        }
    }

    /**
     * The relatives the registry records (decision 0385): for the elderly who live without a working-age member,
     * their children (a resident of another household, referenced; or one living outside the district, deceased,
     * in prison or out of contact, described) and, for those living alone with children, the deceased spouse; for
     * adults of 16–59 with a disability or serious illness who do not live with their parents, the parents,
     * described. Each elderly person's living situation as the household is (独居, 空巢, with family); children's
     * support as a transfer income when a child can give it.
     */
    private Household relativesAndSituation(Household h) {
        boolean youngMember = h.members().stream().anyMatch(m -> age(m.person()) < 60 && age(m.person()) >= 18);
        boolean allElderly = h.members().stream().allMatch(m -> age(m.person()) >= 60);
        List<Relative> children = null;
        List<Member> members = new ArrayList<>(h.size());
        List<Income> incomes = new ArrayList<>(h.incomes());
        boolean changed = false;
        for (Member m : h.members()) {
            Person x = m.person();
            int a = age(x);
            if (a >= 60) {
                Person.Builder b = x.toBuilder().livingSituation(h.size() == 1 ? LivingSituation.LIVING_ALONE
                        : allElderly ? LivingSituation.EMPTY_NEST : LivingSituation.WITH_FAMILY);
                if (!youngMember) {
                    if (children == null) { // a couple shares its children
                        children = new ArrayList<>();
                        if (rnd.nextDouble() >= (h.size() == 1 ? p.childlessAlone() : p.childlessOther())) {
                            int n = 1 + rnd.nextInt(3);
                            for (int c = 0; c < n; c++) {
                                children.add(childOf(x));
                            }
                        }
                        children = List.copyOf(children);
                    }
                    List<Relative> rel = new ArrayList<>(children);
                    if (h.size() == 1 && !children.isEmpty()) {
                        // living alone after a marriage: the spouse has died (divorce is rare in these cohorts)
                        LocalDate born = x.birthDate().plusYears(rnd.nextInt(7) - 3);
                        rel.add(Relative.of(RelativeKind.SPOUSE, x.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE, born)
                                .withStatus(PersonStatus.of(StatusKind.DECEASED, between(born.plusYears(50), start.minusMonths(1)))));
                    }
                    b.relatives(rel);
                    if (children.stream().anyMatch(r -> r.status().kind() == StatusKind.AT_HOME
                            || r.status().kind() == StatusKind.WORKING_AWAY)) {
                        incomes.add(Income.of(IncomeKind.TRANSFER, logNormal(p.supportMedian(), 0.6), x.id()));
                    }
                }
                members.add(Member.of(b.build(), m.relation()));
                changed = true;
            } else if (a >= 16 && (x.disability().isPresent() || x.seriouslyIll())
                    && m.relation() != Relation.CHILD && m.relation() != Relation.GRANDCHILD) {
                members.add(Member.of(x.toBuilder().relatives(List.of(parentOf(x, Gender.MALE), parentOf(x, Gender.FEMALE)))
                        .build(), m.relation()));
                changed = true;
            } else {
                members.add(m);
            }
        }
        return changed ? h.toBuilder().members(members).incomes(incomes).build() : h;
    }

    /** A child of an elderly person: deceased, in prison, out of contact, living outside the district, or a resident. */
    private Relative childOf(Person parent) {
        Gender g = rnd.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = parent.birthDate().plusYears(20 + rnd.nextInt(16)).plusDays(rnd.nextInt(365));
        double r = rnd.nextDouble();
        double dead = age(parent) >= 80 ? p.childDeceased()[1] : p.childDeceased()[0];
        if (r < dead) {
            return Relative.of(RelativeKind.CHILD, g, birth).withStatus(PersonStatus.of(StatusKind.DECEASED,
                    between(birth.plusYears(18), start.minusMonths(1))));
        }
        r -= dead;
        if (r < p.childInPrison()) {
            return Relative.of(RelativeKind.CHILD, g, birth).withStatus(PersonStatus.of(StatusKind.SERVING_SENTENCE,
                    start.minusMonths(1 + rnd.nextInt(60))));
        }
        r -= p.childInPrison();
        if (r < p.childLostContact()) {
            return Relative.of(RelativeKind.CHILD, g, birth).withStatus(PersonStatus.of(StatusKind.LOST_CONTACT,
                    start.minusMonths(6 + rnd.nextInt(120))));
        }
        if (rnd.nextDouble() >= p.childOutside()) {
            // a resident of the district of about the right age (a few draws; else the child lives elsewhere)
            for (int i = 0; i < 12 && !workingAge.isEmpty(); i++) {
                Person c = workingAge.get(rnd.nextInt(workingAge.size()));
                if (Math.abs(c.birthDate().getYear() - birth.getYear()) <= 4 && !c.birthDate().isBefore(parent.birthDate().plusYears(18))) {
                    return Relative.of(RelativeKind.CHILD, c.gender(), c.birthDate()).withPerson(c.id());
                }
            }
        }
        return Relative.of(RelativeKind.CHILD, g, birth).withStatus(PersonStatus.of(StatusKind.WORKING_AWAY,
                start.minusMonths(6 + rnd.nextInt(120)))).withAnnualIncome(wage(HukouType.URBAN, 1.0).times(12));
    }

    /**
     * A parent of an adult living apart, described: born 22–34 years before the adult; deceased with a chance that
     * rises with the age the parent would have (decision 0385); else at home with a pensioner's yearly income.
     */
    private Relative parentOf(Person child, Gender g) {
        LocalDate birth = child.birthDate().minusYears(22 + rnd.nextInt(13)).minusDays(rnd.nextInt(365));
        int a = birth.until(start).getYears();
        double dead = a < 60 ? 0.05 : a < 70 ? 0.12 : a < 80 ? 0.30 : a < 90 ? 0.60 : 0.90;
        Relative r = Relative.of(RelativeKind.PARENT, g, birth);
        if (rnd.nextDouble() < dead) {
            return r.withStatus(PersonStatus.of(StatusKind.DECEASED, between(child.birthDate(), start.minusMonths(1))));
        }
        double monthly = a < 60 ? wage(child.hukou(), 1.0).amount().doubleValue()
                : p.basicPension() + (rnd.nextDouble() < (child.hukou() == HukouType.URBAN ? 0.85 : p.ruralPensionShare())
                        ? logNormal(child.hukou() == HukouType.URBAN ? p.pensionMedianUrban() : p.ruralPensionMedian(), 0.35)
                                .amount().doubleValue() : 0);
        return r.withAnnualIncome(Money.of(BigDecimal.valueOf(monthly * 12).setScale(2, RoundingMode.HALF_UP)));
    }

    /** A day drawn evenly between two days (the later one if they are out of order). */
    private LocalDate between(LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            return to.isBefore(from) ? from : to;
        }
        return LocalDate.ofEpochDay(from.toEpochDay() + rnd.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    private Household family(int type, LocalDate asOf) {
        Townships.Township t = township();
        HukouType hukou = rnd.nextDouble() < (t.street() ? p.urbanShareStreet() : p.urbanShareTown()) ? HukouType.URBAN
                : HukouType.RURAL;
        List<Member> members = new ArrayList<>();
        switch (type) {
            case 0 -> members.add(Member.of(elder(hukou, null), Relation.HEAD));
            case 1 -> {
                Person a = elder(hukou, Gender.MALE);
                members.add(Member.of(a, Relation.HEAD));
                members.add(Member.of(spouseOf(a, hukou, true), Relation.SPOUSE));
            }
            case 2 -> members.add(Member.of(adult(hukou, 23, 59, null, List.of()), Relation.HEAD)); // students live with parents
            case 3 -> {
                Person a = adult(hukou, 22, 59, Gender.MALE, List.of());
                members.add(Member.of(a, Relation.HEAD));
                members.add(Member.of(spouseOf(a, hukou, false), Relation.SPOUSE));
            }
            case 4 -> couplesWithChildren(members, hukou, false);
            case 5 -> {
                Person g = elder(hukou, Gender.MALE);
                members.add(Member.of(g, Relation.HEAD));
                if (rnd.nextDouble() < 0.6) {
                    members.add(Member.of(spouseOf(g, hukou, true), Relation.SPOUSE));
                }
                couplesWithChildren(members, hukou, true);
            }
            case 6 -> {
                Person g = elder(hukou, Gender.MALE);
                members.add(Member.of(g, Relation.HEAD));
                if (rnd.nextDouble() < 0.7) {
                    members.add(Member.of(spouseOf(g, hukou, true), Relation.SPOUSE));
                }
                LocalDate since = start.minusMonths(6 + rnd.nextInt(60));
                List<Parent> away = List.of(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.WORKING_AWAY, since)),
                        Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.WORKING_AWAY, since.plusMonths(rnd.nextInt(6)))));
                int n = 1 + (rnd.nextDouble() < 0.3 ? 1 : 0);
                for (int i = 0; i < n; i++) {
                    members.add(Member.of(child(hukou, 1, 15, away), Relation.GRANDCHILD));
                }
            }
            default -> {
                Person e = elder(hukou, null);
                members.add(Member.of(e, Relation.HEAD));
                members.add(Member.of(adult(hukou, 25, 55, null, List.of()), Relation.CHILD));
            }
        }
        return household(t, hukou, members, asOf);
    }

    /** A couple of working age with one to three children; in a three-generation household they are the children. */
    private void couplesWithChildren(List<Member> members, HukouType hukou, boolean underParents) {
        Person a = adult(hukou, 24, 52, Gender.MALE, List.of());
        Person b = spouseOf(a, hukou, false);
        members.add(Member.of(a, underParents ? Relation.CHILD : Relation.HEAD));
        members.add(Member.of(b, underParents ? Relation.OTHER : Relation.SPOUSE));
        int n = 1 + (rnd.nextDouble() < p.secondChild() ? 1 : 0);
        int motherAge = age(b);
        int firstBirth = 23 + rnd.nextInt(11);
        for (int i = 0; i < n; i++) {
            // born when the mother was 23-33 (first) and two to six years later (second); grown children have left
            int childAge = motherAge - firstBirth - i * (2 + rnd.nextInt(5));
            if (childAge < 0 || childAge > 22) {
                continue;
            }
            List<Parent> parents = parentsAtHome(a, b);
            Person c = child(hukou, childAge, childAge, parents);
            members.add(Member.of(c, underParents ? Relation.GRANDCHILD : Relation.CHILD));
        }
    }

    /**
     * The parents of a child as they are: both at home, or one has died, is in prison or has lost contact
     * (rates from decision 0320); a parent at home carries its disability and illness.
     */
    private List<Parent> parentsAtHome(Person father, Person mother) {
        Parent f = parent(ParentRole.FATHER, father, false);
        Parent m = parent(ParentRole.MOTHER, mother, f.status().kind() != StatusKind.AT_HOME || f.disability().map(Disability::isSevere).orElse(false));
        return List.of(f, m);
    }

    /** A parent; after the other parent was lost, the chance of this one having left too is {@code parentLeavesAfter}. */
    private Parent parent(ParentRole role, Person who, boolean otherGone) {
        if (otherGone && rnd.nextDouble() < p.parentLeavesAfter()) {
            return Parent.of(role, PersonStatus.of(StatusKind.LOST_CONTACT, start.minusMonths(7 + rnd.nextInt(60))));
        }
        double r = rnd.nextDouble();
        LocalDate since = start.minusMonths(7 + rnd.nextInt(96));
        if (r < p.parentDeceased()) {
            return Parent.of(role, PersonStatus.of(StatusKind.DECEASED, since));
        }
        if (r < p.parentDeceased() + p.parentAway()) {
            StatusKind k = rnd.nextDouble() < 0.5 ? StatusKind.LOST_CONTACT : StatusKind.SERVING_SENTENCE;
            return Parent.of(role, PersonStatus.of(k, since));
        }
        Parent at = Parent.of(role, PersonStatus.of(StatusKind.AT_HOME, since)).withPerson(who.id());
        if (who.disability().isPresent()) {
            at = at.withDisability(who.disability().get());
        }
        return at.withSeriouslyIll(who.seriouslyIll());
    }

    private Household collective(double perHousehold) {
        Townships.Township t = township();
        int n = Math.max(1, (int) Math.round(perHousehold * (0.5 + rnd.nextDouble())));
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Person a = adult(HukouType.URBAN, 17, 58, null, List.of());
            members.add(Member.of(a, i == 0 ? Relation.HEAD : Relation.OTHER));
        }
        return household(t, HukouType.URBAN, members, start.minusDays(1));
    }

    private Household household(Townships.Township t, HukouType hukou, List<Member> members, LocalDate asOf) {
        List<Income> incomes = new ArrayList<>();
        for (Member m : members) {
            incomes.addAll(incomesOf(m.person(), hukou, members));
        }
        RegionCode village = village(t);
        Household draft = Household.builder().id(pad("H", ++nextHousehold, 7)).region(village)
                .address(t.name() + "第" + village.value().substring(9).replaceFirst("^0+", "") + "村（社区）"
                        + (1 + rnd.nextInt(40)) + "组" + (1 + rnd.nextInt(99)) + "号")
                .hukou(hukou).members(members).incomes(incomes).assets(Assets.NONE).asOf(asOf).build();
        return draft.toBuilder().assets(assets(draft)).rigidExpenditures(rigid(members)).asOf(asOf).build();
    }

    /**
     * The household's rigid expenditure (刚性支出) over the twelve months before the period: out-of-pocket medical
     * costs each month while a member is seriously ill, and the September fees of a member in senior secondary
     * school or higher education (decision 0385).
     */
    private List<RigidExpenditure> rigid(List<Member> members) {
        List<RigidExpenditure> out = new ArrayList<>();
        if (members.stream().anyMatch(m -> m.person().seriouslyIll())) {
            for (YearMonth m = first.minusMonths(12); m.isBefore(first); m = m.plusMonths(1)) {
                out.add(new RigidExpenditure(ExpenditureKind.MEDICAL, m, logNormal(p.medicalSpendMedian(), 0.6)));
            }
        }
        double fees = 0;
        for (Member m : members) {
            Optional<SchoolEnrolment> school = m.person().schoolOn(start);
            if (school.isPresent() && school.get().level() == SchoolLevel.SENIOR_SECONDARY) {
                fees += p.tuitionSenior();
            } else if (school.isPresent() && school.get().level() == SchoolLevel.HIGHER) {
                fees += p.tuitionHigher();
            }
        }
        if (fees > 0) {
            YearMonth september = YearMonth.of(start.getMonthValue() >= 9 ? start.getYear() : start.getYear() - 1, 9);
            out.add(new RigidExpenditure(ExpenditureKind.EDUCATION, september,
                    Money.of(BigDecimal.valueOf(fees).setScale(2, RoundingMode.HALF_UP))));
        }
        return out;
    }

    /** Incomes by kind: wages or farming at working age, pensions and children's support in old age. */
    private List<Income> incomesOf(Person x, HukouType hukou, List<Member> members) {
        List<Income> out = new ArrayList<>();
        int a = age(x);
        if (a < 18) {
            return out;
        }
        if (a < 60) {
            LabourCapacity c = x.labourCapacity().orElse(LabourCapacity.FULL);
            boolean student = x.schoolOn(start).isPresent();
            double work = c == LabourCapacity.FULL ? p.employmentFull() : c == LabourCapacity.PARTIAL ? p.employmentPartial() : 0;
            if (!student && rnd.nextDouble() < work) {
                out.add(Income.of(IncomeKind.WAGE, wage(hukou, c == LabourCapacity.PARTIAL ? 0.6 : 1.0), x.id()));
            } else if (!student && hukou == HukouType.RURAL && c != LabourCapacity.NONE && rnd.nextDouble() < 0.6) {
                out.add(Income.of(IncomeKind.BUSINESS, logNormal(900, 0.8), x.id()));
            } else if (!student && c != LabourCapacity.NONE && rnd.nextDouble() < p.oddJobs()) {
                out.add(Income.of(IncomeKind.OTHER, logNormal(p.oddJobsMedian(), 0.6), x.id()));
            }
            return out;
        }
        out.add(Income.of(IncomeKind.BASIC_PENSION, Money.of(BigDecimal.valueOf(p.basicPension()).setScale(2)), x.id()));
        if (hukou == HukouType.URBAN ? rnd.nextDouble() < 0.85 : rnd.nextDouble() < p.ruralPensionShare()) {
            out.add(Income.of(IncomeKind.PENSION, logNormal(hukou == HukouType.URBAN ? p.pensionMedianUrban()
                    : p.ruralPensionMedian(), 0.35), x.id()));
        }
        if (a < 70 && x.labourCapacity().orElse(LabourCapacity.NONE) != LabourCapacity.NONE && rnd.nextDouble() < 0.25) {
            out.add(Income.of(IncomeKind.WAGE, wage(hukou, 0.5), x.id()));
        }
        return out;
    }

    private Money wage(HukouType hukou, double factor) {
        Money w = logNormal(factor * (hukou == HukouType.URBAN ? p.wageMedianUrban() : p.wageMedianRural()), p.wageSigma());
        // a full-time wage is at least the minimum wage; part-time work (factor below 1) may be less
        Money floor = Money.of(BigDecimal.valueOf(p.minimumWage() * factor).setScale(2, RoundingMode.HALF_UP));
        return w.compareTo(floor) < 0 ? floor : w;
    }

    /** Deposits in proportion to income (a year and a half of it, spread wide); cars and second homes with income. */
    private Assets assets(Household h) {
        double perHead = perHead(h);
        Money deposits = logNormal(Math.max(500, perHead * h.size() * 18), 0.9);
        Assets a = Assets.NONE.withDeposits(deposits);
        if (rnd.nextDouble() < (perHead > 2_000 ? 0.55 : perHead > 1_000 ? 0.2 : 0.05)) {
            a = a.withVehicles(1, logNormal(80_000, 0.5));
        }
        if (h.hukou() == HukouType.RURAL && perHead > 3_000 && rnd.nextDouble() < 0.08) {
            a = a.withRealEstate(1, logNormal(300_000, 0.4));
        }
        return a;
    }

    // ------------------------------------------------------------------ persons

    private Person elder(HukouType hukou, Gender gender) {
        int band = pick(p.elderlyAgeBands());
        LocalDate birth = birthAged(60 + 5 * band, 64 + 5 * band);
        Gender g = gender != null ? gender : rnd.nextDouble() < 0.45 ? Gender.MALE : Gender.FEMALE;
        return decorate(person(birth, hukou, g, List.of()));
    }

    private Person spouseOf(Person a, HukouType hukou, boolean elderly) {
        int target = age(a) - 3 + rnd.nextInt(5);
        int min = elderly ? 58 : 20;
        int max = elderly ? 99 : 59;
        target = Math.max(min, Math.min(max, target));
        Gender g = a.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE;
        return decorate(person(birthAged(target, target), hukou, g, List.of()));
    }

    private Person adult(HukouType hukou, int minAge, int maxAge, Gender gender, List<Parent> parents) {
        Gender g = gender != null ? gender : rnd.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        Person x = decorate(person(birthAged(minAge, maxAge), hukou, g, parents));
        if (age(x) >= 18 && age(x) < 60) {
            workingAge.add(x);
        }
        return x;
    }

    private Person child(HukouType hukou, int minAge, int maxAge, List<Parent> parents) {
        Person x = decorate(person(birthAged(minAge, Math.max(minAge, maxAge)), hukou,
                rnd.nextDouble() < 0.52 ? Gender.MALE : Gender.FEMALE, parents));
        if (age(x) < 18 && !parents.isEmpty() && parents.stream().noneMatch(q -> q.status().kind() == StatusKind.AT_HOME
                || q.status().kind() == StatusKind.WORKING_AWAY)) {
            // no parent at home or providing from afar: the relatives the child lives with bring it up
            x = x.toBuilder().placement(Placement.KINSHIP_CARE).build();
        }
        if (age(x) >= 18) {
            workingAge.add(x);
        }
        return x;
    }

    /** Disability, serious illness, self-care and labour capacity by age (decision 0320). */
    private Person decorate(Person x) {
        int a = age(x);
        Person.Builder b = x.toBuilder();
        double[] byAge = p.disabilityByAge();
        double prevalence = a < 15 ? byAge[0] : a < 60 ? byAge[1] : a < 80 ? byAge[2] : byAge[3];
        Disability d = rnd.nextDouble() < prevalence ? disability() : null;
        boolean ill = a >= 40 && rnd.nextDouble() < p.seriousIllness();
        if (d != null) {
            b.disability(d);
        }
        b.seriouslyIll(ill);
        double[] loss = p.selfCareLossByAge();
        if (a >= 60) {
            double l = a < 70 ? loss[0] : a < 80 ? loss[1] : a < 90 ? loss[2] : loss[3];
            if (d != null && d.isSevere()) {
                l = Math.max(l, 0.5);
            }
            if (rnd.nextDouble() < l) {
                SelfCare s = selfCareLoss();
                b.selfCare(s);
                if (rnd.nextDouble() < p.assessedShare()) {
                    b.capabilityAssessment(assessment(s, start.minusDays(30 + rnd.nextInt(600))));
                }
            }
        }
        SchoolLevel level = a >= 6 && a <= 11 ? SchoolLevel.PRIMARY : a >= 12 && a <= 14 ? SchoolLevel.JUNIOR_SECONDARY
                : a >= 15 && a <= 17 ? SchoolLevel.SENIOR_SECONDARY : a >= 18 && a <= 22 && rnd.nextDouble() < 0.5
                ? SchoolLevel.HIGHER : null;
        if (level != null) {
            // entered in the September of the year the child reached the level's age (6, 12, 15, 18)
            int entry = level == SchoolLevel.PRIMARY ? 6 : level == SchoolLevel.JUNIOR_SECONDARY ? 12
                    : level == SchoolLevel.SENIOR_SECONDARY ? 15 : 18;
            LocalDate from = LocalDate.of(x.birthDate().plusYears(entry).getYear(), 9, 1);
            b.schoolEnrolment(SchoolEnrolment.since(level, from.isAfter(start) ? from.minusYears(1) : from));
        }
        if (a < 18 && rnd.nextDouble() < p.hivChild()) {
            b.hivInfected(true);
        }
        LabourCapacity c;
        if (a >= 70 || ill || d != null && (d.isSevere() || d.grade() <= 3 && (d.category() == DisabilityCategory.INTELLECTUAL
                || d.category() == DisabilityCategory.MENTAL))) {
            c = LabourCapacity.NONE;
        } else if (a >= 60 || d != null) {
            c = LabourCapacity.PARTIAL;
        } else {
            c = LabourCapacity.FULL;
        }
        if (a >= 16) {
            b.labourCapacity(c);
        }
        return b.build();
    }

    private SelfCare selfCareLoss() {
        ActivityOfDailyLiving[] all = ActivityOfDailyLiving.values();
        int lost = 1 + rnd.nextInt(all.length);
        EnumSet<ActivityOfDailyLiving> set = EnumSet.noneOf(ActivityOfDailyLiving.class);
        for (int i = all.length - 1; set.size() < lost; i--) {
            set.add(all[i]);
        }
        return SelfCare.losing(set.toArray(ActivityOfDailyLiving[]::new));
    }

    /**
     * A dated GB/T 42195-2022 assessment consistent with the activities lost: one lost is mild (total 66–89), two or
     * three moderate (46–65), four or more severe (30–45); the score is drawn within the level's band.
     */
    private CapabilityRecord assessment(SelfCare s, LocalDate on) {
        int lost = s.lostCount();
        CapabilityLevel level = lost >= 4 ? CapabilityLevel.SEVERE : lost >= 2 ? CapabilityLevel.MODERATE : CapabilityLevel.MILD;
        int score = switch (level) {
            case MILD -> 66 + rnd.nextInt(24);
            case MODERATE -> 46 + rnd.nextInt(20);
            default -> 30 + rnd.nextInt(16);
        };
        return new CapabilityRecord(on, score, level);
    }

    private Disability disability() {
        return Disability.of(CATEGORIES[pick(CATEGORY_SHARES)], 1 + pick(p.gradeShares()));
    }

    private Person person(LocalDate birth, HukouType hukou, Gender gender, List<Parent> parents) {
        String prefix = birth.getYear() < 2002 ? "321121" : "321112";
        String id;
        String date = birth.toString().replace("-", "");
        do {
            int seq = rnd.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
            id = IdNumber.complete(prefix + date + pad("", seq, 3));
        } while (!idNumbers.add(id));
        return Person.builder().id(pad("P", ++nextPerson, 8)).idNumber(IdNumber.parse(id)).name(name()).birthDate(birth)
                .gender(gender).hukou(hukou).parents(parents).build();
    }

    // ------------------------------------------------------------------ applications before the period

    /**
     * The caseload the period starts with comes from applications made before it (dated in the month before the
     * period): whoever looked entitled applied, with the take-up chances of decision 0320. The bureau decides them
     * by the rules; many are refused.
     */
    private void applicationsBefore() {
        YearMonth before = first.minusMonths(2);
        for (Household h : new ArrayList<>(current.values())) {
            LocalDate on = before.atDay(1 + rnd.nextInt(20));
            considerApplying(h, on, true);
            LocalDate enrol = first.minusMonths(1).atDay(1 + rnd.nextInt(20));
            for (Member m : h.members()) {
                Person x = m.person();
                if (age(x) >= 60 && rnd.nextDouble() < p.takeUpInsurance()) {
                    apply(enrol, h, NationalPrograms.ELDERLY_ACCIDENT_INSURANCE, SubjectRef.person(x.id()), x.id(), "年度参保 (yearly enrolment)");
                }
            }
        }
    }

    /** What a household does about its situation: the applications a resident would make now. */
    private void considerApplying(Household h, LocalDate on, boolean intake) {
        // applications that depend on a 低保 or 特困 decision are made in the month after it (told by the case worker)
        LocalDate later = on.plusMonths(1);
        double line = p.applicationLine().amount().doubleValue();
        boolean below = perHead(h) < line;
        boolean youngAdult = h.members().stream().anyMatch(m -> present(m.person(), on) && age(m.person(), on) >= 18
                && age(m.person(), on) < 60 && m.person().labourCapacity().orElse(LabourCapacity.FULL) != LabourCapacity.NONE);
        for (Member m : h.members()) {
            Person x = m.person();
            if (!present(x, on)) {
                continue;
            }
            int a = age(x, on);
            boolean unable = a >= 60 || a < 16 || x.labourCapacity().orElse(LabourCapacity.FULL) == LabourCapacity.NONE;
            double own = ownIncome(h, x.id());
            if (unable && !youngAdult && own < line && rnd.nextDouble() < p.takeUpTekun()) {
                apply(on, h, NationalPrograms.TEKUN, SubjectRef.person(x.id()), x.id(), "无劳动能力、无生活来源 (unable to work, no means)");
            }
            Optional<Disability> d = x.disability();
            if (d.isPresent() && (d.get().isSevere() || d.get().category() == DisabilityCategory.INTELLECTUAL
                    || d.get().category() == DisabilityCategory.MENTAL) && rnd.nextDouble() < p.takeUpDisability()) {
                apply(on, h, NationalPrograms.DISABILITY_CARE_SUBSIDY, SubjectRef.person(x.id()), x.id(), "重度残疾 (severe disability)");
            }
            if (a < 18 && x.parents().stream().anyMatch(q -> q.status().kind() != StatusKind.AT_HOME || q.seriouslyIll()
                    || q.disability().map(Disability::isSevere).orElse(false)) && rnd.nextDouble() < p.takeUpChildren()) {
                ProgramCode program = x.parents().stream().allMatch(q -> q.status().kind() == StatusKind.WORKING_AWAY)
                        ? NationalPrograms.LEFT_BEHIND_CHILD_CARE : NationalPrograms.CHILD_SUBSIDY;
                apply(on, h, program, SubjectRef.person(x.id()), h.head().id(), "父母监护缺失或无力监护 (parents gone or unable)");
            }
            boolean frail = x.selfCare().map(s -> s.lostCount() > 0).orElse(false) || d.map(Disability::isSevere).orElse(false);
            if ((a >= 80 || a >= 60 && (frail || below)) && rnd.nextDouble() < p.takeUpHomeCare()) {
                // asked after the 低保 and 特困 decisions, which the low-income group of home care depends on
                apply(later, h, NationalPrograms.HOME_CARE, SubjectRef.person(x.id()), x.id(), "申请居家上门服务 (asks for home care)");
            }
        }
        if (below && rnd.nextDouble() < p.takeUpDibao()) {
            apply(on, h, NationalPrograms.DIBAO, SubjectRef.household(h.id()), h.head().id(), "家庭人均收入低于低保标准 (income below the line)");
            for (Member m : h.members()) {
                if (m.person().disability().isPresent() && present(m.person(), on)) {
                    apply(later, h, NationalPrograms.DISABILITY_LIVING_SUBSIDY, SubjectRef.person(m.person().id()), m.person().id(),
                            "低保家庭残疾人 (disabled member of a low-income household)");
                }
            }
        }
    }

    private void apply(LocalDate on, Household h, ProgramCode program, SubjectRef subject, PersonId applicant, String why) {
        if (applied.add(program.value() + "/" + subject.id())) {
            events.add(new LifeEvent.Apply(on, h.id(), program, subject, applicant, Optional.empty(), false, why));
        } else if (program.equals(NationalPrograms.DIBAO) || program.equals(NationalPrograms.TEKUN)) {
            // a household refused once may apply again after its situation changed: the rules decide again
            if (rnd.nextDouble() < 0.5) {
                events.add(new LifeEvent.Apply(on, h.id(), program, subject, applicant, Optional.empty(), false, why));
            }
        }
    }

    // ------------------------------------------------------------------ the months

    private void month(YearMonth m) {
        for (HouseholdId id : new ArrayList<>(current.keySet())) {
            Household h = current.get(id);
            if (h.members().stream().noneMatch(x -> present(x.person(), m.atDay(1)))) {
                continue;
            }
            LocalDate day = m.atDay(1 + rnd.nextInt(m.lengthOfMonth()));
            boolean shock = false;
            for (Member mem : h.members()) {
                Person x = mem.person();
                if (!present(x, day)) {
                    continue;
                }
                int a = age(x, day);
                if (rnd.nextDouble() < monthly(mortality(a))) {
                    PersonId pid = x.id();
                    LocalDate died = day;
                    h = change(h, day, LifeEvent.Kind.DEATH, y -> situated(withPerson(y, pid,
                            q -> q.toBuilder().status(PersonStatus.of(StatusKind.DECEASED, died)).asOf(died).build(), true), died));
                    shock = true;
                    continue;
                }
                boolean working = h.incomesOf(x.id()).stream().anyMatch(i -> i.kind() == IncomeKind.WAGE);
                LabourCapacity c = x.labourCapacity().orElse(LabourCapacity.FULL);
                if (a >= 18 && a < 60) {
                    if (working && rnd.nextDouble() < p.jobLossMonthly()) {
                        PersonId pid = x.id();
                        h = change(h, day, LifeEvent.Kind.JOB_LOST, y -> y.toBuilder().incomes(y.incomes().stream()
                                .filter(i -> !(i.kind() == IncomeKind.WAGE && i.earner().equals(Optional.of(pid)))).toList())
                                .asOf(day).build());
                        shock = true;
                    } else if (!working && c != LabourCapacity.NONE
                            && rnd.nextDouble() < (c == LabourCapacity.FULL ? p.jobFindMonthly() : p.jobFindMonthly() / 3)) {
                        Income wage = Income.of(IncomeKind.WAGE, wage(h.hukou(), c == LabourCapacity.PARTIAL ? 0.6 : 1.0), x.id());
                        h = change(h, day, LifeEvent.Kind.JOB_FOUND, y -> {
                            List<Income> inc = new ArrayList<>(y.incomes());
                            inc.add(wage);
                            return y.toBuilder().incomes(inc).asOf(day).build();
                        });
                    }
                }
                if (a >= 18 && a <= 35 && h.size() > 1 && mem.relation() != Relation.HEAD && rnd.nextDouble() < p.leaveMonthly()) {
                    PersonId pid = x.id();
                    h = change(h, day, LifeEvent.Kind.LEFT_DISTRICT, y -> situated(without(y, pid, day), day));
                    continue;
                }
                if (x.disability().isEmpty() && rnd.nextDouble() < (a >= 60 ? p.onsetDisabilityMonthly() : p.onsetDisabilityMonthly() / 10)) {
                    Disability d = disability();
                    PersonId pid = x.id();
                    h = change(h, day, LifeEvent.Kind.DISABILITY_CERTIFIED, y -> withPerson(y, pid, q -> q.toBuilder().disability(d)
                            .labourCapacity(d.isSevere() ? LabourCapacity.NONE : q.labourCapacity().orElse(LabourCapacity.PARTIAL))
                            .asOf(day).build(), false));
                    shock = true;
                }
                if (a >= 40 && !x.seriouslyIll() && rnd.nextDouble() < p.onsetIllnessMonthly()) {
                    PersonId pid = x.id();
                    // the month's costs are recorded with the diagnosis (a record cannot hold months still to come)
                    List<RigidExpenditure> medical = List.of(new RigidExpenditure(ExpenditureKind.MEDICAL, m,
                            logNormal(p.medicalSpendMedian(), 0.6)));
                    h = change(h, day, LifeEvent.Kind.SERIOUS_ILLNESS, y -> withExpenditure(withPerson(y, pid,
                            q -> q.toBuilder().seriouslyIll(true).labourCapacity(LabourCapacity.NONE).asOf(day).build(), false),
                            medical));
                    shock = true;
                }
                if (a >= 75 && x.selfCare().map(s -> s.lostCount() == 0).orElse(true) && rnd.nextDouble() < p.selfCareLossMonthly()) {
                    SelfCare s = selfCareLoss();
                    Optional<CapabilityRecord> assessed = rnd.nextDouble() < p.assessedShare()
                            ? Optional.of(assessment(s, day)) : Optional.empty();
                    PersonId pid = x.id();
                    h = change(h, day, LifeEvent.Kind.SELF_CARE_LOST, y -> withPerson(y, pid, q -> {
                        Person.Builder b = q.toBuilder().selfCare(s).asOf(day);
                        assessed.ifPresent(b::capabilityAssessment);
                        return b.build();
                    }, false));
                    shock = true;
                }
                if (a >= 75 && h.size() <= 2 && rnd.nextDouble() < p.fallMonthly()) {
                    apply(day.plusDays(3), h, NationalPrograms.CARE_VISIT, SubjectRef.person(x.id()), x.id(),
                            "跌倒后社区转介 (referred after a fall)");
                }
                if (a == 79 && x.birthDate().plusYears(80).getMonth() == m.getMonth() && rnd.nextDouble() < p.takeUpHomeCare()) {
                    apply(day, h, NationalPrograms.HOME_CARE, SubjectRef.person(x.id()), x.id(), "年满八十 (turns 80)");
                }
            }
            Household now = h;
            boolean poor = perHead(now) < p.applicationLine().amount().doubleValue();
            if (now.members().stream().anyMatch(x -> present(x.person(), day) && age(x.person(), day) >= 60
                    && (poor || x.person().selfCare().map(s -> s.lostCount() > 0).orElse(false)
                    || x.person().disability().map(Disability::isSevere).orElse(false)))
                    && rnd.nextDouble() < p.adaptationMonthly()) {
                apply(day, now, NationalPrograms.HOME_ADAPTATION, SubjectRef.household(now.id()), now.head().id(),
                        "申请适老化改造 (asks for home adaptation)");
            }
            births(now, day);
            if (rnd.nextDouble() < p.emergencyMonthly()) {
                emergency(now, day, true);
            } else if (perHead(now) < 1.5 * p.applicationLine().amount().doubleValue()
                    && now.members().stream().anyMatch(x -> x.person().seriouslyIll()) && rnd.nextDouble() < p.expenditureMonthly()) {
                emergency(now, day, false);
            }
            if (shock) {
                considerApplying(current.get(id), day.plusDays(5).isAfter(m.atEndOfMonth()) ? m.atEndOfMonth() : day.plusDays(5), false);
            }
        }
        int arrivals = binomial((int) Math.round(p.familyHouseholds() * scale), p.arrivalMonthly());
        for (int i = 0; i < arrivals; i++) {
            LocalDate day = m.atDay(1 + rnd.nextInt(m.lengthOfMonth()));
            Household h = family(rnd.nextBoolean() ? 3 : 2, day);
            current.put(h.id(), h);
            events.add(new LifeEvent.Arrival(day, h));
        }
    }

    private void births(Household h, LocalDate day) {
        for (Member mem : h.members()) {
            Person mother = mem.person();
            if (mother.gender() == Gender.FEMALE && present(mother, day) && age(mother, day) >= 20 && age(mother, day) < 40
                    && (mem.relation() == Relation.SPOUSE || mem.relation() == Relation.OTHER)
                    && rnd.nextDouble() < p.birthMonthly()) {
                Person father = h.members().stream().map(Member::person)
                        .filter(x -> x.gender() == Gender.MALE && age(x, day) >= 20 && age(x, day) < 60).findFirst().orElse(mother);
                Person baby = person(day, h.hukou(), rnd.nextDouble() < 0.52 ? Gender.MALE : Gender.FEMALE,
                        father == mother ? List.of(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.AT_HOME, day)).withPerson(mother.id()))
                                : List.of(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.AT_HOME, day)).withPerson(father.id()),
                                        Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.AT_HOME, day)).withPerson(mother.id())));
                Relation r = mem.relation() == Relation.OTHER ? Relation.GRANDCHILD : Relation.CHILD;
                change(h, day, LifeEvent.Kind.BIRTH, y -> {
                    List<Member> ms = new ArrayList<>(y.members());
                    ms.add(Member.of(baby, r));
                    return y.toBuilder().members(ms).asOf(day).build();
                });
                return;
            }
        }
    }

    private void emergency(Household h, LocalDate day, boolean sudden) {
        Money need = logNormal(sudden ? 2_000 : 1_500, 0.7);
        String why = sudden ? "火灾、意外或突发重病 (fire, accident or sudden illness)" : "重病医疗支出骤增 (medical spending spike)";
        events.add(new LifeEvent.Apply(day, h.id(), NationalPrograms.TEMPORARY_ASSISTANCE, SubjectRef.household(h.id()),
                h.head().id(), Optional.of(need), sudden, why));
    }

    private Household change(Household h, LocalDate day, LifeEvent.Kind kind, java.util.function.UnaryOperator<Household> f) {
        Household after = f.apply(h);
        current.put(h.id(), after);
        events.add(new LifeEvent.Change(day, h.id(), kind, f));
        return after;
    }

    private static Household withPerson(Household h, PersonId id, java.util.function.UnaryOperator<Person> f, boolean dropIncome) {
        List<Member> ms = new ArrayList<>();
        for (Member m : h.members()) {
            ms.add(m.person().id().equals(id) ? Member.of(f.apply(m.person()), m.relation()) : m);
        }
        Household.Builder b = h.toBuilder().members(ms);
        if (dropIncome) {
            b.incomes(h.incomes().stream().filter(i -> !i.earner().equals(Optional.of(id))).toList());
        }
        return b.build();
    }

    /**
     * The household with the living situation of its elderly members as its present members make it, after a death
     * or a departure (独居 when one is left, 空巢 when all left are 60 or more); deterministic, as the desk replays it.
     */
    private static Household situated(Household h, LocalDate day) {
        List<Member> present = h.members().stream().filter(m -> presentOn(m.person(), day)).toList();
        boolean allElderly = present.stream().allMatch(m -> m.person().ageOn(day) >= 60);
        LivingSituation now = present.size() == 1 ? LivingSituation.LIVING_ALONE
                : allElderly ? LivingSituation.EMPTY_NEST : LivingSituation.WITH_FAMILY;
        List<Member> ms = new ArrayList<>(h.size());
        boolean changed = false;
        for (Member m : h.members()) {
            Person x = m.person();
            if (presentOn(x, day) && x.ageOn(day) >= 60 && x.livingSituation().filter(now::equals).isEmpty()) {
                ms.add(Member.of(x.toBuilder().livingSituation(now).asOf(day).build(), m.relation()));
                changed = true;
            } else {
                ms.add(m);
            }
        }
        return changed ? h.toBuilder().members(ms).build() : h;
    }

    private static Household withExpenditure(Household h, List<RigidExpenditure> added) {
        List<RigidExpenditure> all = new ArrayList<>(h.rigidExpenditures());
        for (RigidExpenditure e : added) {
            if (all.stream().noneMatch(o -> o.kind() == e.kind() && o.month().equals(e.month()))) {
                all.add(e);
            }
        }
        return h.toBuilder().rigidExpenditures(all).build();
    }

    private static Household without(Household h, PersonId id, LocalDate day) {
        return h.toBuilder().members(h.members().stream().filter(m -> !m.person().id().equals(id)).toList())
                .incomes(h.incomes().stream().filter(i -> !i.earner().equals(Optional.of(id))).toList()).asOf(day).build();
    }

    // ------------------------------------------------------------------ helpers

    private double mortality(int age) {
        double[] q = p.mortalityYearly();
        return age < 60 ? q[0] : age < 70 ? q[1] : age < 80 ? q[2] : age < 90 ? q[3] : q[4];
    }

    private static double monthly(double yearly) {
        return 1 - Math.pow(1 - yearly, 1.0 / 12);
    }

    private int binomial(int n, double q) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (rnd.nextDouble() < q) {
                k++;
            }
        }
        return k;
    }

    /** Countable income per head as a resident reckons it: what the household earns, excluding the excluded kinds. */
    private static double perHead(Household h) {
        long present = Math.max(1, h.members().stream().filter(m -> !m.person().isDeceased()).count());
        return h.countableMonthlyIncome().amount().doubleValue() / present;
    }

    private static double ownIncome(Household h, PersonId id) {
        return h.incomesOf(id).stream().filter(i -> i.kind().countsForDibao()).mapToDouble(i -> i.monthlyAmount().amount().doubleValue()).sum();
    }

    private boolean present(Person x, LocalDate on) {
        return presentOn(x, on);
    }

    private static boolean presentOn(Person x, LocalDate on) {
        return !x.birthDate().isAfter(on) && !(x.isDeceased() && !x.status().since().isAfter(on));
    }

    private int age(Person x) {
        return x.ageOn(start);
    }

    private static int age(Person x, LocalDate on) {
        return x.ageOn(on);
    }

    private LocalDate birthAged(int minYears, int maxYears) {
        long a = start.minusYears(maxYears + 1).plusDays(1).toEpochDay();
        long b = start.minusYears(minYears).minusDays(1).toEpochDay();
        return LocalDate.ofEpochDay(a + rnd.nextLong(Math.max(1, b - a + 1)));
    }

    private Money logNormal(double median, double sigma) {
        double v = median * Math.exp(sigma * rnd.nextGaussian());
        return Money.of(BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_UP).setScale(2));
    }

    private Townships.Township township() {
        double r = rnd.nextDouble();
        double acc = 0;
        for (Townships.Township t : Townships.ALL) {
            acc += t.weight();
            if (r < acc) {
                return t;
            }
        }
        return Townships.ALL.get(Townships.ALL.size() - 1);
    }

    private RegionCode village(Townships.Township t) {
        return RegionCode.parse(t.code().value().substring(0, 9) + pad("", (t.street() ? 1 : 200) + rnd.nextInt(12), 3));
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = rnd.nextDouble() * total;
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (r < acc) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private String name() {
        StringBuilder s = new StringBuilder().append(SURNAMES.charAt(rnd.nextInt(SURNAMES.length())))
                .append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
        if (rnd.nextDouble() < 0.7) {
            s.append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
        }
        return s.toString();
    }

    private static String pad(String prefix, int value, int width) {
        String digits = Integer.toString(value);
        StringBuilder b = new StringBuilder(prefix.length() + width).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits).toString();
    }
}
