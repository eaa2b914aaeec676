package org.minzheng.tck.programs;

import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.minzheng.core.children.GuardianRelation;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.ActivityOfDailyLiving;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.Household;
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
import org.minzheng.core.registry.Placement;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.rule.Application;
import org.minzheng.core.rule.Enrolments;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.rule.Supporter;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.service.ServiceRecordKind;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of synthetic households and the facts about them (测试对象生成器): ages from newborn to
 * 104 (and a few not yet born), urban and rural hukou, incomes of every kind, assets, disabilities, labour capacity,
 * self-care, statuses (working away, deceased before, in or after the month, missing, in prison, …), absent parents of
 * children, enrolments in the registered programs, supporters, placements, the application a program reads and the
 * guardianship confirmations a program declares it reads. Ages and dates are relative to the month assessed, so every
 * month of a scope sees every age band. No generated value is a real person's: names are placeholders and no identity
 * number is made.
 */
final class Subjects {

    private static final List<StatusKind> AWAY_KINDS = List.of(StatusKind.WORKING_AWAY, StatusKind.SERVING_SENTENCE,
            StatusKind.DETAINED, StatusKind.COMPULSORY_REHABILITATION, StatusKind.LOST_CONTACT,
            StatusKind.DECLARED_MISSING, StatusKind.DECEASED, StatusKind.GUARDIANSHIP_REVOKED, StatusKind.DEPORTED);

    private final List<RegionCode> regions;
    private final List<YearMonth> months;
    private final List<ProgramCode> householdPrograms;
    private final List<ProgramCode> personPrograms;

    /**
     * Generators for a scope.
     *
     * @param scope the regions and months
     * @param programs every registered program, whose codes the generated subjects may be enrolled in
     */
    Subjects(Scope scope, List<? extends ProgramRule<?>> programs) {
        this.regions = scope.sortedRegions();
        this.months = scope.months();
        Set<ProgramCode> households = new TreeSet<>();
        Set<ProgramCode> persons = new TreeSet<>();
        for (ProgramRule<?> p : programs) {
            (p.subjectKind() == SubjectKind.HOUSEHOLD ? households : persons).add(p.programCode());
        }
        this.householdPrograms = List.copyOf(households);
        this.personPrograms = List.copyOf(persons);
    }

    /** True with a probability of {@code percent} in 100; shrinks towards false (the simpler subject). */
    private static Gen<Boolean> chance(int percent) {
        return range(1, 100).map(i -> i > 100 - percent);
    }

    private static <T> T draw(Gen<T> gen, RandomnessSource in) {
        return gen.generate(in);
    }

    /**
     * A household with its enrolments, for a region and month.
     *
     * @param id the household's id; members are {@code id-1}, {@code id-2}, …
     * @param region the household's region
     * @param month the month its members' ages are drawn for
     * @return the generator
     */
    Gen<Subject> household(String id, RegionCode region, YearMonth month) {
        return in -> {
            Draft draft = household(id, region, month, in);
            return draft.subject(SubjectFacts.forHousehold(draft.household, month).enrolments(draft.enrolments)
                    .build(), "");
        };
    }

    /**
     * Subjects for a program: households for a household program, members (any member, including one not yet born
     * or already dead) for a person program, with the program's application and records when it declares them.
     *
     * @param program the program
     * @param applications applications to choose from when the program reads one; may be empty
     * @return the generator
     */
    Gen<Subject> subjects(ProgramRule<?> program, List<Application> applications) {
        Objects.requireNonNull(program, "program");
        List<Application> apps = List.copyOf(applications);
        return in -> {
            RegionCode region = draw(pick(regions), in);
            YearMonth month = draw(pick(months), in);
            Draft draft = household("h", region, month, in);
            SubjectFacts.Builder b;
            String about;
            Person subject = null;
            if (program.subjectKind() == SubjectKind.PERSON) {
                int index = draw(range(0, draft.household.members().size() - 1), in);
                subject = draft.household.members().get(index).person();
                b = SubjectFacts.forPerson(draft.household, subject.id(), month);
                about = "; subject: member " + (index + 1);
            } else {
                b = SubjectFacts.forHousehold(draft.household, month);
                about = "";
            }
            b.enrolments(draft.enrolments);
            StringBuilder more = new StringBuilder(about);
            if (subject != null) {
                int supporters = draw(range(0, 2), in);
                for (int i = 0; i < supporters; i++) {
                    Supporter s = supporter(subject.id().value() + "-s" + (i + 1), month, in);
                    b.supporter(s);
                    more.append("; supporter ").append(i + 1).append(": ").append(describe(s, month));
                }
                if (draw(chance(15), in)) {
                    b.placement(Placement.INSTITUTIONAL);
                    more.append("; placement institutional");
                }
                if (program.recordsRead().contains(ServiceRecordKind.GUARDIANSHIP_CONFIRMATION) && draw(chance(60), in)) {
                    GuardianshipConfirmation c = confirmation(subject, region, month, in);
                    b.record(c);
                    more.append("; guardianship confirmation signed ").append(c.signedOn()).append(", term ")
                            .append(c.termStart()).append(" to ").append(c.termEnd().map(Object::toString).orElse("open"));
                }
            }
            if (program.application().isPresent() && !apps.isEmpty()) {
                Application a = draw(pick(apps), in);
                b.application(a);
                more.append("; application ").append(a);
            }
            return draft.subject(b.build(), more.toString());
        };
    }

    /** A household as drawn, its enrolments and its description. */
    private static final class Draft {
        final Household household;
        final Enrolments enrolments;
        final String description;

        Draft(Household household, Enrolments enrolments, String description) {
            this.household = household;
            this.enrolments = enrolments;
            this.description = description;
        }

        Subject subject(SubjectFacts facts, String more) {
            return new Subject(facts, description + more);
        }
    }

    private Draft household(String id, RegionCode region, YearMonth month, RandomnessSource in) {
        LocalDate end = month.atEndOfMonth();
        HukouType hukou = draw(enumValues(HukouType.class), in);
        int headAge = draw(range(18, 100), in);
        List<Member> members = new ArrayList<>();
        List<Integer> ages = new ArrayList<>();
        StringBuilder d = new StringBuilder("household ").append(id).append(" in ").append(region.shortForm())
                .append(", ").append(month).append(", ").append(hukou.code()).append(" hukou");
        add(members, ages, id, Relation.HEAD, headAge, hukou, end, in);
        if (draw(chance(50), in)) {
            add(members, ages, id, Relation.SPOUSE, Math.max(18, Math.min(104, headAge + draw(range(-8, 8), in))), hukou,
                    end, in);
        }
        int children = draw(range(0, 3), in);
        for (int i = 0; i < children && headAge > 16; i++) {
            int oldest = draw(chance(60), in) ? Math.min(17, headAge - 16) : headAge - 16; // minors more often
            add(members, ages, id, Relation.CHILD, draw(range(0, oldest), in), hukou, end, in);
        }
        int parents = headAge <= 86 ? draw(range(0, 2), in) : 0;
        for (int i = 0; i < parents; i++) {
            add(members, ages, id, Relation.PARENT, draw(range(headAge + 18, 104), in), hukou, end, in);
        }
        int grandchildren = headAge >= 36 ? draw(range(0, 2), in) : 0;
        for (int i = 0; i < grandchildren; i++) {
            add(members, ages, id, Relation.GRANDCHILD, draw(range(0, headAge - 36), in), hukou, end, in);
        }
        Household.Builder h = Household.builder().id(id).region(region).address("测试地址").hukou(hukou).members(members)
                .assets(assets(in, d));
        int incomes = draw(range(0, 3), in);
        d.append("; incomes:");
        for (int i = 0; i < incomes; i++) {
            IncomeKind kind = draw(enumValues(IncomeKind.class), in);
            Money amount = Money.ofFen(draw(range(0, 6000), in) * 100L + (draw(chance(30), in) ? 50 : 0));
            int earner = draw(range(0, members.size()), in);
            if (earner == members.size()) {
                h.income(Income.of(kind, amount));
                d.append(' ').append(kind.code()).append(' ').append(amount.amount().toPlainString());
            } else {
                h.income(Income.of(kind, amount, members.get(earner).person().id()));
                d.append(' ').append(kind.code()).append(' ').append(amount.amount().toPlainString())
                        .append(" (member ").append(earner + 1).append(')');
            }
        }
        if (incomes == 0) {
            d.append(" none");
        }
        Household household = h.build();
        d.append("; members:");
        for (int i = 0; i < members.size(); i++) {
            d.append(" [").append(i + 1).append("] ").append(describe(members.get(i), ages.get(i), end));
        }
        Enrolments.Builder e = Enrolments.builder();
        d.append("; enrolled:");
        boolean any = false;
        for (ProgramCode p : householdPrograms) {
            if (draw(chance(30), in)) {
                e.household(household.id(), p);
                d.append(" household ").append(p);
                any = true;
            }
        }
        for (int i = 0; i < members.size(); i++) {
            for (ProgramCode p : personPrograms) {
                if (draw(chance(8), in)) {
                    e.person(members.get(i).person().id(), p);
                    d.append(" member ").append(i + 1).append(' ').append(p);
                    any = true;
                }
            }
        }
        if (!any) {
            d.append(" nothing");
        }
        return new Draft(household, e.build(), d.toString());
    }

    private static Assets assets(RandomnessSource in, StringBuilder d) {
        if (draw(chance(65), in)) {
            d.append("; no assets");
            return Assets.NONE;
        }
        Money deposits = Money.ofFen(draw(range(0, 80_000), in) * 100L);
        Money securities = draw(chance(25), in) ? Money.ofFen(draw(range(0, 30_000), in) * 100L) : Money.ZERO;
        int vehicles = draw(range(0, 2), in);
        Money vehiclesValue = Money.ofFen(vehicles * draw(range(5_000, 150_000), in) * 100L);
        int homes = draw(range(0, 3), in);
        Money homesValue = Money.ofFen(homes * draw(range(50_000, 900_000), in) * 100L);
        d.append("; assets: deposits ").append(deposits.amount().toPlainString()).append(", securities ")
                .append(securities.amount().toPlainString()).append(", ").append(vehicles).append(" vehicles, ")
                .append(homes).append(" homes");
        return new Assets(deposits, securities, vehicles, vehiclesValue, homes, homesValue);
    }

    private static void add(List<Member> members, List<Integer> ages, String householdId, Relation relation, int age,
                            HukouType hukou, LocalDate end, RandomnessSource in) {
        boolean young = relation == Relation.CHILD || relation == Relation.GRANDCHILD;
        String id = householdId + "-" + (members.size() + 1);
        LocalDate birth;
        int shownAge = age;
        if (young && age == 0 && draw(chance(25), in)) {
            birth = end.plusDays(draw(range(1, 60), in)); // not yet born in the month assessed
            shownAge = -1;
        } else {
            birth = end.minusYears(age).minusDays(draw(range(0, 364), in));
        }
        Person.Builder p = Person.builder().id(PersonId.of(id)).name("测试人员").birthDate(birth)
                .gender(draw(enumValues(Gender.class), in))
                .hukou(draw(chance(85), in) ? hukou : draw(enumValues(HukouType.class), in));
        if (draw(chance(18), in)) {
            p.disability(Disability.of(draw(enumValues(DisabilityCategory.class), in), draw(range(1, 4), in)));
        }
        p.seriouslyIll(draw(chance(6), in));
        if (draw(chance(45), in)) {
            p.labourCapacity(draw(enumValues(LabourCapacity.class), in));
        }
        if (draw(chance(25), in)) {
            EnumSet<ActivityOfDailyLiving> lost = EnumSet.noneOf(ActivityOfDailyLiving.class);
            for (ActivityOfDailyLiving a : ActivityOfDailyLiving.values()) {
                if (draw(chance(35), in)) {
                    lost.add(a);
                }
            }
            Optional<CapabilityLevel> level = draw(chance(50), in)
                    ? Optional.of(draw(enumValues(CapabilityLevel.class), in)) : Optional.empty();
            Optional<LocalDate> on = level.map(l -> end.minusDays(200));
            p.selfCare(new SelfCare(lost, level, on));
        }
        if (draw(chance(22), in)) {
            StatusKind kind = draw(pick(AWAY_KINDS), in);
            p.status(PersonStatus.of(kind, since(kind, birth, end, in)));
        }
        if (young && draw(chance(55), in)) {
            for (ParentRole role : ParentRole.values()) {
                if (draw(chance(85), in)) {
                    int roll = draw(range(1, 100), in);
                    StatusKind kind = roll <= 35 ? StatusKind.AT_HOME : roll <= 65 ? StatusKind.WORKING_AWAY
                            : draw(pick(AWAY_KINDS), in);
                    LocalDate since = kind == StatusKind.AT_HOME ? birth.minusYears(20)
                            : end.minusDays(draw(range(-20, 2500), in));
                    Optional<Disability> disability = draw(chance(12), in)
                            ? Optional.of(Disability.of(draw(enumValues(DisabilityCategory.class), in),
                                    draw(range(1, 4), in)))
                            : Optional.empty();
                    p.parent(new Parent(role, Optional.empty(), PersonStatus.of(kind, since), disability,
                            draw(chance(10), in)));
                }
            }
        }
        members.add(Member.of(p.build(), relation));
        ages.add(shownAge);
    }

    /** A status start: before, in or after the month for a death; up to seven years back otherwise. */
    private static LocalDate since(StatusKind kind, LocalDate birth, LocalDate end, RandomnessSource in) {
        LocalDate since;
        if (kind == StatusKind.DECEASED) {
            int when = draw(range(0, 2), in);
            since = when == 0 ? end.minusMonths(1).withDayOfMonth(1).minusDays(draw(range(0, 400), in))
                    : when == 1 ? end.withDayOfMonth(draw(range(1, end.getDayOfMonth()), in))
                    : end.plusDays(draw(range(1, 40), in));
        } else {
            since = end.minusDays(draw(range(-20, 2500), in));
        }
        return since.isBefore(birth) ? birth : since;
    }

    private Supporter supporter(String id, YearMonth month, RandomnessSource in) {
        LocalDate end = month.atEndOfMonth();
        Person.Builder p = Person.builder().id(PersonId.of(id)).name("测试人员")
                .birthDate(end.minusYears(draw(range(20, 95), in)).minusDays(draw(range(0, 364), in)))
                .gender(draw(enumValues(Gender.class), in)).hukou(draw(enumValues(HukouType.class), in));
        if (draw(chance(15), in)) {
            p.disability(Disability.of(draw(enumValues(DisabilityCategory.class), in), draw(range(1, 4), in)));
        }
        p.seriouslyIll(draw(chance(8), in));
        if (draw(chance(15), in)) {
            StatusKind kind = draw(pick(AWAY_KINDS), in);
            p.status(PersonStatus.of(kind, end.minusDays(draw(range(0, 2000), in))));
        }
        Supporter s = Supporter.of(p.build());
        if (draw(chance(60), in)) {
            s = s.withAnnualIncome(Money.ofFen(draw(range(0, 120_000), in) * 100L));
        }
        for (ProgramCode code : personPrograms) {
            if (draw(chance(5), in)) {
                s = s.enrolledIn(code);
            }
        }
        for (ProgramCode code : householdPrograms) {
            if (draw(chance(5), in)) {
                s = s.enrolledIn(code);
            }
        }
        if (draw(chance(8), in)) {
            s = s.declaredWithoutCivilCapacity();
        }
        return s;
    }

    private static GuardianshipConfirmation confirmation(Person child, RegionCode region, YearMonth month,
                                                         RandomnessSource in) {
        LocalDate end = month.atEndOfMonth();
        LocalDate signed = end.minusDays(draw(range(-20, 800), in));
        GuardianshipConfirmation.Builder b = GuardianshipConfirmation.builder()
                .id(ServiceRecordId.of(child.id().value() + "-gc")).subject(SubjectRef.person(child.id()))
                .region(region).guardianName("测试监护人").guardianRelation(draw(enumValues(GuardianRelation.class), in))
                .signedOn(signed).termStart(signed);
        if (draw(chance(70), in)) {
            b.termEnd(signed.plusDays(draw(range(30, 900), in)));
        }
        return b.build();
    }

    private static String describe(Member m, int age, LocalDate end) {
        Person p = m.person();
        StringBuilder s = new StringBuilder(m.relation().code()).append(' ');
        s.append(age < 0 ? "born " + p.birthDate() + " (not yet born)" : age + "y (born " + p.birthDate() + ")");
        s.append(' ').append(p.gender().code()).append(' ').append(p.hukou().code());
        p.disability().ifPresent(x -> s.append(" disability ").append(x.category().code()).append('-').append(x.grade()));
        if (p.seriouslyIll()) {
            s.append(" seriously-ill");
        }
        p.labourCapacity().ifPresent(l -> s.append(" labour ").append(l.code()));
        p.selfCare().ifPresent(c -> s.append(" adl-lost ").append(c.lost().size())
                .append(c.capabilityLevel().map(l -> " capability " + l.code()).orElse("")));
        if (p.status().kind() != StatusKind.AT_HOME) {
            s.append(' ').append(p.status().kind().code()).append(" since ").append(p.status().since());
        }
        for (Parent parent : p.parents()) {
            s.append(" ").append(parent.role().code()).append(":").append(parent.status().kind().code());
            if (parent.status().kind() != StatusKind.AT_HOME) {
                s.append(" since ").append(parent.status().since());
            }
            parent.disability().ifPresent(x -> s.append(" disability ").append(x.category().code()).append('-')
                    .append(x.grade()));
            if (parent.seriouslyIll()) {
                s.append(" seriously-ill");
            }
        }
        return s.toString();
    }

    private static String describe(Supporter s, YearMonth month) {
        Person p = s.person();
        StringBuilder b = new StringBuilder().append(org.minzheng.core.standards.AgeBasis.ageOn(p.birthDate(),
                month.atEndOfMonth())).append("y ").append(p.hukou().code());
        p.disability().ifPresent(x -> b.append(" disability ").append(x.category().code()).append('-').append(x.grade()));
        if (p.status().kind() != StatusKind.AT_HOME) {
            b.append(' ').append(p.status().kind().code());
        }
        s.annualIncome().ifPresent(i -> b.append(" income ").append(i.amount().toPlainString()).append("/year"));
        if (!s.programs().isEmpty()) {
            b.append(" enrolled ").append(new TreeSet<>(s.programs()));
        }
        if (s.withoutCivilCapacity()) {
            b.append(" without civil capacity");
        }
        return b.toString();
    }
}
