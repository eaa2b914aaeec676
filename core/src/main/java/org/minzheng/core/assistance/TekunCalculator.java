package org.minzheng.core.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.AssessmentRequest;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.RegionalRules;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.SelfCareAbility;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Standards;

/**
 * 特困人员救助供养 (support for persons in extreme poverty): eligibility and monthly amount of a person.
 * Legal basis: 《社会救助暂行办法》第十四条至第十九条; 《特困人员认定办法》（民发〔2021〕43号）.
 *
 * <h2>Rule</h2>
 * A person aged {@code tekun.age.elderly} (60) or more, a person with a disability, or a minor under
 * {@code tekun.age.minor} (16; {@code tekun.age.minor-continued}, 18, for a minor already in support)
 * qualifies when all three conditions hold:
 * <ol>
 *   <li><b>No capacity to work</b>: elderly or minor by age, or deemed unable by the region's rules
 *       (national: grade 1–3 intellectual/mental, grade 1–2 physical or multiple, grade 1 visual).</li>
 *   <li><b>No means of living</b>: the person's own countable monthly income is below the local dibao
 *       standard (by the person's hukou), and the household's assets pass the dibao asset tests.</li>
 *   <li><b>No supporter able to support</b>: every legal supporter is unable — deceased; in 特困 support;
 *       a dibao recipient aged {@code tekun.age.elderly} or more; aged {@code tekun.supporter.elderly-age}
 *       (70) or more, severely disabled, or with a grade-3 intellectual or mental disability, <em>and</em>
 *       with an annual income below {@code tekun.supporter.income-limit}; without civil capacity,
 *       declared missing, or serving a sentence.</li>
 * </ol>
 * Amount = basic living ({@code tekun.basic.urban}/{@code tekun.basic.rural} when set, else {@code
 * tekun.basic.multiple} × the dibao standard) + care by self-care ability (six activities: none lost →
 * {@code tekun.care.self-care}; 1–3 → {@code tekun.care.partial}; 4 or more → {@code tekun.care.complete}),
 * rounded once to the fen. A person in 特困 support is not counted in a dibao household.
 */
public final class TekunCalculator {

    private TekunCalculator() {
    }

    /**
     * Assesses a person for 特困 support.
     *
     * @param request the person ({@link AssessmentRequest#forPerson}) with the supporters
     * @param standards the standards in force
     * @param month the month assessed
     * @param rules the region's rules
     * @return the decision
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     */
    public static Decision assess(AssessmentRequest request, ResolvedStandards standards, YearMonth month,
            RegionalRules rules) {
        Person p = request.person();
        Decision.Builder d = Decision.builder(Program.TEKUN, request.subjectRef(), month, request.household().region());
        LocalDate end = month.atEndOfMonth();
        if (p.isDeceased()) {
            d.fail(ReasonCode.SUBJECT_DECEASED);
            return d.build(Rounding.FEN);
        }
        int age = AgeBasis.ageOn(p.birthDate(), end);
        int elderlyAge = d.use(standards, Standards.TEKUN_AGE_ELDERLY);
        boolean enrolled = request.personIn(p.id(), Program.TEKUN);
        int minorAge = d.use(standards, enrolled ? Standards.TEKUN_AGE_MINOR_CONTINUED : Standards.TEKUN_AGE_MINOR);
        boolean elderly = age >= elderlyAge;
        boolean minor = age < minorAge;
        boolean disabled = p.disability().isPresent();
        d.step("tekun.person", age, elderly, minor, disabled);
        if (!elderly && !minor && !disabled) {
            d.fail(ReasonCode.TEKUN_NOT_IN_GROUP);
        } else if (!elderly && !minor && !rules.unableToWork(p)) {
            d.fail(ReasonCode.TEKUN_HAS_LABOUR_CAPACITY).step("tekun.labour-capacity", p.disability().get().category(),
                    p.disability().get().grade());
        }

        HukouType hukou = p.hukou();
        Money dibaoStandard = d.use(standards, hukou == HukouType.URBAN ? Standards.DIBAO_STANDARD_URBAN
                : Standards.DIBAO_STANDARD_RURAL);
        BigDecimal own = BigDecimal.ZERO;
        for (Income inc : request.household().incomes()) {
            if (inc.earner().isPresent() && inc.earner().get().equals(p.id()) && rules.countsForDibao(inc)) {
                own = own.add(inc.monthlyAmount().amount());
            }
        }
        d.step("tekun.income", own, dibaoStandard);
        if (own.compareTo(dibaoStandard.amount()) >= 0) {
            d.fail(ReasonCode.TEKUN_INCOME_NOT_BELOW_STANDARD);
        }
        DibaoCalculator.assetTests(d, standards, request.household().assets(), request.household().size(), true);

        List<Supporter> supporters = request.supporters();
        if (supporters.isEmpty()) {
            d.step("tekun.no-supporter");
        }
        for (int i = 0; i < supporters.size(); i++) {
            String why = unableToSupport(supporters.get(i), d, standards, end, elderlyAge);
            if (why == null) {
                d.fail(ReasonCode.TEKUN_SUPPORTER_ABLE).step("tekun.supporter-able", i + 1);
            } else {
                d.step(why, i + 1);
            }
        }
        if (d.failed()) {
            return d.build(Rounding.FEN);
        }

        Standard<Money> basicStandard = hukou == HukouType.URBAN ? Standards.TEKUN_BASIC_URBAN : Standards.TEKUN_BASIC_RURAL;
        Optional<Money> basicAmount = d.useIfPresent(standards, basicStandard);
        BigDecimal basic;
        if (basicAmount.isPresent()) {
            basic = basicAmount.get().amount();
            d.step("tekun.basic-amount", hukou, basicAmount.get());
        } else {
            BigDecimal multiple = d.use(standards, Standards.TEKUN_BASIC_MULTIPLE);
            basic = multiple.multiply(dibaoStandard.amount());
            d.step("tekun.basic-multiple", multiple, dibaoStandard, basic);
        }
        d.component(PaymentComponent.BASE, null, basic);

        Optional<SelfCare> selfCare = p.selfCare();
        SelfCareAbility ability = selfCare.map(SelfCare::ability).orElse(SelfCareAbility.ABLE);
        if (selfCare.isEmpty()) {
            d.note(ReasonCode.TEKUN_SELF_CARE_NOT_ASSESSED);
        }
        Standard<Money> careStandard = ability == SelfCareAbility.ABLE ? Standards.TEKUN_CARE_SELF_CARE
                : ability == SelfCareAbility.PARTIALLY_LOST ? Standards.TEKUN_CARE_PARTIAL : Standards.TEKUN_CARE_COMPLETE;
        Money care = d.use(standards, careStandard);
        d.component(PaymentComponent.CARE, null, care.amount())
                .step("tekun.care", selfCare.map(SelfCare::lostCount).orElse(0), ability, care)
                .category(ability)
                .note(ReasonCode.TEKUN_NOT_ALSO_DIBAO);
        return d.build(Rounding.FEN);
    }

    /**
     * Why a supporter cannot support, as an explanation key, or null when the supporter can.
     */
    static String unableToSupport(Supporter s, Decision.Builder d, ResolvedStandards standards, LocalDate end,
            int elderlyAge) {
        Person p = s.person();
        StatusKind k = p.status().since().isAfter(end) ? StatusKind.AT_HOME : p.status().kind();
        if (k == StatusKind.DECEASED) {
            return "tekun.supporter-deceased";
        }
        if (s.programs().contains(Program.TEKUN)) {
            return "tekun.supporter-in-tekun";
        }
        int age = AgeBasis.ageOn(p.birthDate(), end);
        if (s.programs().contains(Program.DIBAO) && age >= elderlyAge) {
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
        int oldAge = d.use(standards, Standards.TEKUN_SUPPORTER_ELDERLY_AGE);
        boolean old = age >= oldAge;
        boolean severe = false;
        if (p.disability().isPresent()) {
            Disability dis = p.disability().get();
            severe = dis.isSevere() || (dis.grade() == 3 && (dis.category() == DisabilityCategory.INTELLECTUAL
                    || dis.category() == DisabilityCategory.MENTAL));
        }
        if ((old || severe) && s.annualIncome().isPresent()) {
            Money limit = d.use(standards, Standards.TEKUN_SUPPORTER_INCOME_LIMIT);
            if (s.annualIncome().get().compareTo(limit) < 0) {
                return old ? "tekun.supporter-old-low-income" : "tekun.supporter-disabled-low-income";
            }
        }
        return null;
    }
}
