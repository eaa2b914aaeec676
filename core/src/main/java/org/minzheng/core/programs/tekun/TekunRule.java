package org.minzheng.core.programs.tekun;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.AssetTests;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.SchoolEnrolment;
import org.minzheng.core.registry.SchoolLevel;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.SelfCareAbility;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.rule.Supporter;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;

/**
 * The 特困 rule: eligibility and monthly amount of a person.
 *
 * <h2>Rule</h2>
 * A person aged {@link Tekun#AGE_ELDERLY} (60) or more, a person with a disability, or a minor under {@link
 * Tekun#AGE_MINOR} (16; {@link Tekun#AGE_MINOR_CONTINUED}, 18, for a minor already in support) qualifies when
 * all three conditions hold:
 * <ol>
 *   <li><b>No capacity to work</b>: elderly or minor by age, or deemed unable (grade 1–3 intellectual/mental,
 *       grade 1–2 physical or multiple, grade 1 visual disability; a province may add situations through a
 *       regional variant of this program).</li>
 *   <li><b>No means of living</b>: the person's own countable monthly income is below the local dibao standard
 *       (by the person's hukou), and the household's assets pass the dibao asset tests.</li>
 *   <li><b>No supporter able to support</b>: every legal supporter is unable — deceased; in 特困 support; a
 *       dibao recipient aged {@link Tekun#AGE_ELDERLY} or more; aged {@link Tekun#SUPPORTER_ELDERLY_AGE} (70) or
 *       more, severely disabled, or with a grade-3 intellectual or mental disability, <em>and</em> with an
 *       annual income below {@link Tekun#SUPPORTER_INCOME_LIMIT}; without civil capacity, declared missing, or
 *       serving a sentence.</li>
 * </ol>
 * A person already in support who turned {@link Tekun#AGE_MINOR_CONTINUED} stays in the minor group while enrolled
 * in compulsory or senior secondary school on the last day of the month ({@link Tekun#SCHOOL_HIGHER_EDUCATION}: also
 * higher education; below {@link Tekun#AGE_IN_SCHOOL_LIMIT} when set).
 *
 * <p>Amount = basic living ({@link Tekun#BASIC_INSTITUTIONAL} for a person in institutional support (集中供养) when
 * set; else {@link Tekun#BASIC_URBAN}/{@link Tekun#BASIC_RURAL} when set, else {@link
 * Tekun#BASIC_MULTIPLE} × the dibao standard) + care by self-care ability (six activities: none lost → {@link
 * Tekun#CARE_SELF_CARE}; 1–3 → {@link Tekun#CARE_PARTIAL}; 4 or more → {@link Tekun#CARE_COMPLETE}), rounded
 * once to the fen.
 */
public final class TekunRule {

    private TekunRule() {
    }

    static Decision decide(TekunRequest r, ResolvedStandards standards, Decision.Builder d) {
        return decide(r, standards, d, TekunRule::unableToWorkNationally);
    }

    /**
     * The 特困 rule with a region's test of who is deemed unable to work on grounds other than age — for a
     * regional variant ({@code Tekun.PROGRAM.derive(TekunRequest::from, (r, s, d) -> TekunRule.decide(r, s, d,
     * myTest))}).
     *
     * @param r the request
     * @param standards the standards in force
     * @param d the decision
     * @param unableToWork whether a person is deemed without capacity to work (无劳动能力的认定)
     * @return the decision
     */
    public static Decision decide(TekunRequest r, ResolvedStandards standards, Decision.Builder d,
                                  java.util.function.Predicate<Person> unableToWork) {
        Person p = r.person();
        LocalDate end = r.endOfMonth();
        int age = AgeBasis.ageOn(p.birthDate(), end);
        int elderlyAge = d.use(standards, Tekun.AGE_ELDERLY);
        int minorAge = d.use(standards, r.alreadyInTekun() ? Tekun.AGE_MINOR_CONTINUED : Tekun.AGE_MINOR);
        boolean elderly = age >= elderlyAge;
        boolean minor = age < minorAge;
        if (!minor && r.alreadyInTekun() && age >= d.use(standards, Tekun.AGE_MINOR_CONTINUED)) {
            minor = inSchool(r, standards, d, age);
        }
        boolean disabled = p.disability().isPresent();
        d.step("tekun.person", age, elderly, minor, disabled);
        if (!elderly && !minor && !disabled) {
            d.fail(Tekun.NOT_IN_GROUP);
        } else if (!elderly && !minor && !unableToWork.test(p)) {
            d.fail(Tekun.HAS_LABOUR_CAPACITY).step("tekun.labour-capacity", p.disability().get().category(),
                    p.disability().get().grade());
        }

        HukouType hukou = p.hukou();
        Money dibaoStandard = d.use(standards, hukou == HukouType.URBAN ? Dibao.STANDARD_URBAN : Dibao.STANDARD_RURAL);
        BigDecimal own = BigDecimal.ZERO;
        for (Income inc : r.ownIncomes()) {
            if (inc.kind().countsForDibao()) {
                own = own.add(inc.monthlyAmount().amount());
            }
        }
        d.step("tekun.income", own, dibaoStandard);
        if (own.compareTo(dibaoStandard.amount()) >= 0) {
            d.fail(Tekun.INCOME_NOT_BELOW_STANDARD);
        }
        AssetTests.apply(d, standards, r.householdAssets(), r.householdMembers(), Tekun.ASSETS_OVER_LIMIT,
                Tekun.ASSETS_OVER_LIMIT, Tekun.ASSETS_OVER_LIMIT);

        List<Supporter> supporters = r.supporters();
        if (supporters.isEmpty()) {
            d.step("tekun.no-supporter");
        }
        for (int i = 0; i < supporters.size(); i++) {
            String why = unableToSupport(supporters.get(i), d, standards, end, elderlyAge);
            if (why == null) {
                d.fail(Tekun.SUPPORTER_ABLE).step("tekun.supporter-able", i + 1);
            } else {
                d.step(why, i + 1);
            }
        }
        if (d.failed()) {
            return d.build(Rounding.FEN);
        }

        Standard<Money> basicStandard = hukou == HukouType.URBAN ? Tekun.BASIC_URBAN : Tekun.BASIC_RURAL;
        boolean institutional = r.placement().institutional();
        Optional<Money> institutionalAmount = institutional
                ? d.useIfPresent(standards, Tekun.BASIC_INSTITUTIONAL) : Optional.empty();
        Optional<Money> basicAmount = institutionalAmount.isPresent() ? Optional.empty()
                : d.useIfPresent(standards, basicStandard);
        BigDecimal basic;
        if (institutionalAmount.isPresent()) {
            basic = institutionalAmount.get().amount();
            d.step("tekun.basic-institutional", institutionalAmount.get());
        } else if (basicAmount.isPresent()) {
            basic = basicAmount.get().amount();
            d.step("tekun.basic-amount", hukou, basicAmount.get());
        } else {
            BigDecimal multiple = d.use(standards, Tekun.BASIC_MULTIPLE);
            basic = multiple.multiply(dibaoStandard.amount());
            d.step("tekun.basic-multiple", multiple, dibaoStandard, basic);
        }
        d.component(PaymentComponent.BASE, null, basic);

        Optional<SelfCare> selfCare = p.selfCare();
        SelfCareAbility ability = selfCare.map(SelfCare::ability).orElse(SelfCareAbility.ABLE);
        if (selfCare.isEmpty()) {
            d.note(Tekun.SELF_CARE_NOT_ASSESSED);
        }
        Standard<Money> careStandard = ability == SelfCareAbility.ABLE ? Tekun.CARE_SELF_CARE
                : ability == SelfCareAbility.PARTIALLY_LOST ? Tekun.CARE_PARTIAL : Tekun.CARE_COMPLETE;
        Money care = d.use(standards, careStandard);
        d.component(PaymentComponent.CARE, null, care.amount())
                .step("tekun.care", selfCare.map(SelfCare::lostCount).orElse(0), ability, care)
                .category(ability)
                .note(Tekun.NOT_ALSO_DIBAO);
        return d.build(d.use(standards, Tekun.ROUNDING));
    }

    /**
     * The national test of who is deemed without capacity to work on grounds other than age (《特困人员认定办法》):
     * grade 1–3 intellectual or mental disability, grade 1–2 physical or multiple disability, grade 1 visual
     * disability.
     *
     * @param person the person
     * @return true when deemed unable to work
     */
    public static boolean unableToWorkNationally(Person person) {
        if (person.disability().isEmpty()) {
            return false;
        }
        Disability d = person.disability().get();
        int g = d.grade();
        return switch (d.category()) {
            case INTELLECTUAL, MENTAL -> g <= 3;
            case PHYSICAL, MULTIPLE -> g <= 2;
            case VISUAL -> g == 1;
            default -> false;
        };
    }

    /**
     * Whether a person in support past {@link Tekun#AGE_MINOR_CONTINUED} stays covered because in school on the last
     * day of the month (《特困人员认定办法》第十三条): compulsory or senior secondary schooling, higher education where
     * the region says so, below the region's age limit if it sets one.
     */
    private static boolean inSchool(TekunRequest r, ResolvedStandards standards, Decision.Builder d, int age) {
        Optional<SchoolEnrolment> school = r.person().schoolOn(r.endOfMonth());
        if (school.isEmpty()) {
            return false;
        }
        SchoolLevel level = school.get().level();
        boolean counts = level.compulsoryOrSecondary()
                || (level == SchoolLevel.HIGHER && d.use(standards, Tekun.SCHOOL_HIGHER_EDUCATION));
        Optional<Integer> limit = d.useIfPresent(standards, Tekun.AGE_IN_SCHOOL_LIMIT);
        boolean withinLimit = limit.isEmpty() || age < limit.get();
        d.step("tekun.in-school", level, counts && withinLimit);
        return counts && withinLimit;
    }

    /** Why a supporter cannot support, as an explanation key, or null when the supporter can. */
    private static String unableToSupport(Supporter s, Decision.Builder d, ResolvedStandards standards, LocalDate end,
                                          int elderlyAge) {
        Person p = s.person();
        StatusKind k = p.status().since().isAfter(end) ? StatusKind.AT_HOME : p.status().kind();
        if (k == StatusKind.DECEASED) {
            return "tekun.supporter-deceased";
        }
        if (s.programs().contains(NationalPrograms.TEKUN)) {
            return "tekun.supporter-in-tekun";
        }
        int age = AgeBasis.ageOn(p.birthDate(), end);
        if (s.programs().contains(NationalPrograms.DIBAO) && age >= elderlyAge) {
            return "tekun.supporter-elderly-dibao";
        }
        if (s.withoutCivilCapacity()) {
            return "tekun.supporter-no-capacity";
        }
        if (k == StatusKind.DECLARED_MISSING) {
            return "tekun.supporter-missing";
        }
        if (k == StatusKind.SERVING_SENTENCE) {
            return "tekun.supporter-in-prison";
        }
        int oldAge = d.use(standards, Tekun.SUPPORTER_ELDERLY_AGE);
        boolean old = age >= oldAge;
        boolean severe = false;
        if (p.disability().isPresent()) {
            Disability dis = p.disability().get();
            severe = dis.isSevere() || (dis.grade() == 3 && (dis.category() == DisabilityCategory.INTELLECTUAL
                    || dis.category() == DisabilityCategory.MENTAL));
        }
        if ((old || severe) && s.annualIncome().isPresent()) {
            Money limit = d.use(standards, Tekun.SUPPORTER_INCOME_LIMIT);
            if (s.annualIncome().get().compareTo(limit) < 0) {
                return old ? "tekun.supporter-old-low-income" : "tekun.supporter-disabled-low-income";
            }
        }
        return null;
    }
}
