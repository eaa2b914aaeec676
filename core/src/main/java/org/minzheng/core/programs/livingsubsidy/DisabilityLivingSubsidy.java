package org.minzheng.core.programs.livingsubsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.Documents;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.dibao.DibaoRequest;
import org.minzheng.core.programs.dibao.HouseholdMeans;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.Relative;
import org.minzheng.core.registry.RelativeKind;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;

/**
 * 困难残疾人生活补贴 (living subsidy for disabled persons in hardship), declared in one place; reported
 * with the care subsidy as 两项补贴. Legal basis: 国发〔2015〕52号; Jiangsu: 苏民规〔2022〕4号.
 *
 * <h2>Rule</h2>
 * For a disabled member of a household enrolled in 低保, not in 特困 support: {@link #SHARE_SEVERE} (grade
 * 1–2) or {@link #SHARE_OTHER} (grade 3–4) × the household's dibao standard; where the region sets {@link
 * #SHARE_SEVERE_NO_INCOME}, a severely disabled member without countable income of their own receives that
 * share when it is larger.
 *
 * <p><b>一户多残、依老养残.</b> Where the region sets {@link #SHARE_SEVERAL_OR_ELDERLY_PARENTS}, a disabled member of a
 * household with two or more disabled members of the month (一户多残), or a disabled child whose parents living in
 * the household are all aged {@link #ELDERLY_PARENT_AGE} or more (依老养残: a child of the head living with the head
 * or the head's spouse, or a head living with the head's parents, and the living parents recorded on the person's
 * own record as relatives, wherever they live — decision record 0358), receives that share when the household's
 * per-capita countable income, counted as 低保 counts it ({@link HouseholdMeans}), is not above {@link
 * #SEVERAL_INCOME_MULTIPLE} × the dibao standard — whether or not the household receives 低保; in a 低保 household
 * the larger share is paid (苏民规〔2022〕4号). Rounded once to the fen.
 */
public final class DisabilityLivingSubsidy {

    private DisabilityLivingSubsidy() {
    }

    /**
     * {@code disability.living.share.severe} — 困难残疾人生活补贴比例（重度） (living subsidy share, severe disability). Monthly living subsidy for a severely disabled (grade 1–2) member of a dibao household, as a share of the dibao standard.
     */
    public static final Standard<BigDecimal> SHARE_SEVERE = Standard.builder("disability.living.share.severe", ValueType.DECIMAL)
            .names("困难残疾人生活补贴比例（重度）", "living subsidy share, severe disability")
            .unit(Unit.SHARE)
            .mandatory()
            .description("Monthly living subsidy for a severely disabled (grade 1–2) member of a dibao household, as a share of the dibao standard.")
            .legalBasis("国发〔2015〕52号；苏民规〔2022〕4号")
            .build();

    /**
     * {@code disability.living.share.other} — 困难残疾人生活补贴比例（非重度） (living subsidy share, other disability). Monthly living subsidy for a member with a grade 3–4 disability in a dibao household, as a share of the dibao standard.
     */
    public static final Standard<BigDecimal> SHARE_OTHER = Standard.builder("disability.living.share.other", ValueType.DECIMAL)
            .names("困难残疾人生活补贴比例（非重度）", "living subsidy share, other disability")
            .unit(Unit.SHARE)
            .mandatory()
            .description("Monthly living subsidy for a member with a grade 3–4 disability in a dibao household, as a share of the dibao standard.")
            .legalBasis("国发〔2015〕52号；苏民规〔2022〕4号")
            .build();

    /**
     * {@code disability.living.share.severe-no-income} — 无固定收入重度残疾人生活补贴比例 (living subsidy share,
     * severe disability without own income). Optional: where set, a severely disabled dibao member with no
     * countable income of their own receives this share instead of disability.living.share.severe when larger.
     */
    public static final Standard<BigDecimal> SHARE_SEVERE_NO_INCOME = Standard.builder(
            "disability.living.share.severe-no-income", ValueType.DECIMAL)
            .names("无固定收入重度残疾人生活补贴比例", "living subsidy share, severe disability without own income")
            .unit(Unit.SHARE)
            .description("Optional. Share of the dibao standard paid as living subsidy to a severely disabled (grade 1–2) member of a dibao household who has no countable income of their own (Jiangsu: 1.0); used instead of disability.living.share.severe when larger.")
            .legalBasis("苏民规〔2022〕4号")
            .build();

    /**
     * {@code disability.living.share.several-or-elderly-parents} — 一户多残、依老养残生活补贴比例 (living subsidy share,
     * several disabled members or disabled dependant of elderly parents). Optional; absent: not applied.
     */
    public static final Standard<BigDecimal> SHARE_SEVERAL_OR_ELDERLY_PARENTS = Standard.builder(
                    "disability.living.share.several-or-elderly-parents", ValueType.DECIMAL)
            .names("一户多残、依老养残生活补贴比例", "living subsidy share, several disabled or elderly parents")
            .unit(Unit.SHARE)
            .description("Optional. Share of the dibao standard paid as living subsidy to a disabled member of a "
                    + "household with two or more disabled members (一户多残), or to a disabled child supported by "
                    + "parents who are all of at least disability.living.elderly-parent-age (依老养残), when the "
                    + "household's per-capita countable income is not above disability.living.several.income-multiple "
                    + "× the dibao standard, in or outside 低保 (Jiangsu: at least 0.6). Absent: not applied.")
            .legalBasis("苏民规〔2022〕4号")
            .build();

    /**
     * {@code disability.living.several.income-multiple} — 一户多残、依老养残家庭收入倍数 (income multiple for several
     * disabled or elderly parents). Default 2.
     */
    public static final Standard<BigDecimal> SEVERAL_INCOME_MULTIPLE = Standard.builder(
                    "disability.living.several.income-multiple", ValueType.DECIMAL)
            .names("一户多残、依老养残家庭收入倍数", "income multiple, several disabled or elderly parents")
            .unit(Unit.MULTIPLE)
            .defaultValue(new BigDecimal("2"))
            .description("The household's per-capita countable income must not be above this multiple of the dibao "
                    + "standard for the share disability.living.share.several-or-elderly-parents. Default 2.")
            .legalBasis("苏民规〔2022〕4号")
            .build();

    /**
     * {@code disability.living.elderly-parent-age} — 依老养残父母年龄 (age of elderly parents). Default 60.
     */
    public static final Standard<Integer> ELDERLY_PARENT_AGE = Standard.builder("disability.living.elderly-parent-age",
                    ValueType.INTEGER)
            .names("依老养残父母年龄", "age of elderly parents supporting a disabled child")
            .unit(Unit.YEARS)
            .defaultValue(60)
            .description("Age (completed years on the month's last day) from which parents supporting a disabled "
                    + "child make the child a disabled dependant of elderly parents (依老养残). Default 60.")
            .legalBasis("苏民规〔2022〕4号")
            .build();

    /**
     * {@code disability.living.rounding} — 残疾人生活补贴取整方式 (disability living subsidy rounding). Precision of the monthly disability living subsidy: fen or yuan, half-up, applied once. Default fen.
     */
    public static final Standard<Rounding> ROUNDING = Standard.builder("disability.living.rounding", ValueType.ROUNDING)
            .names("残疾人生活补贴取整方式", "disability living subsidy rounding")
            .unit(Unit.CHOICE)
            .defaultValue(Rounding.FEN)
            .description("Precision of the monthly disability living subsidy: fen or yuan, half-up, applied once. Default fen.")
            .build();

    /** no recorded disability (无残疾). */
    public static final ReasonCode NO_DISABILITY = ReasonCode.failed("disability.none",
            "无残疾", "no recorded disability");

    /** in extreme-poverty support (已纳入特困人员救助供养). */
    public static final ReasonCode IN_TEKUN = ReasonCode.failed("disability.in-tekun",
            "已纳入特困人员救助供养", "in extreme-poverty support");

    /** not in a dibao household (不属于低保家庭). */
    public static final ReasonCode NOT_DIBAO_HOUSEHOLD = ReasonCode.failed("disability.not-dibao-household",
            "不属于低保家庭", "not in a dibao household");

    /** household income above the multiple for several disabled or elderly parents (家庭人均收入超过规定倍数). */
    public static final ReasonCode INCOME_ABOVE_MULTIPLE = ReasonCode.failed("disability.income-above-multiple",
            "一户多残、依老养残家庭人均收入超过低保标准的规定倍数",
            "household income above the multiple of the dibao standard for several disabled or elderly parents");

    /** some members are not counted in the household's income (部分成员不计入家庭人口). */
    public static final ReasonCode MEMBER_EXCLUDED = ReasonCode.note("disability.member-excluded",
            "部分成员不计入家庭人口", "some members are not counted in the household");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts",
            name -> DisabilityLivingSubsidy.class.getResourceAsStream(name)).including(Dibao.TEXTS);

    /**
     * What the rule reads.
     *
     * @param person the person assessed
     * @param householdInDibao whether the household receives 低保 at the start of the month
     * @param inTekun whether the person is in 特困 support
     * @param householdHukou the household's hukou, which chooses the dibao standard
     * @param ownIncomes the person's own monthly incomes
     * @param household the household as 低保 counts it (members of the month, incomes, assets), for 一户多残 and
     *        依老养残
     * @param relation the person's relation to the head
     */
    public record Request(Person person, boolean householdInDibao, boolean inTekun, HukouType householdHukou,
                          List<Income> ownIncomes, DibaoRequest household, Relation relation) {
        /**
         * Copies the incomes.
         *
         * @param person the person
         * @param householdInDibao whether the household receives 低保
         * @param inTekun whether the person is in 特困 support
         * @param householdHukou the household's hukou
         * @param ownIncomes the person's incomes
         * @param household the household
         * @param relation the relation to the head
         */
        public Request {
            ownIncomes = List.copyOf(ownIncomes);
            java.util.Objects.requireNonNull(household, "household");
            java.util.Objects.requireNonNull(relation, "relation");
        }

        /**
         * Reads the request from the facts about a person.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            Person p = facts.person();
            Relation relation = facts.household().member(p.id()).orElseThrow().relation();
            return new Request(p, facts.enrolments().householdIn(facts.household().id(), NationalPrograms.DIBAO),
                    facts.enrolments().personIn(p.id(), NationalPrograms.TEKUN), facts.household().hukou(),
                    facts.household().incomesOf(p.id()), DibaoRequest.from(facts), relation);
        }
    }

    /** The group both disability subsidies are reported in. */
    public static final ReportLines REPORT = ReportLines.of(Measure.NEW, Measure.CANCELLED, Measure.IN_COVERAGE,
            Measure.REACHED, Measure.PAYMENTS, Measure.AMOUNT)
            .group("disability-subsidies", "困难残疾人两项补贴", "the two disability subsidies");

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.DISABILITY_LIVING_SUBSIDY,
                    Request::from, DisabilityLivingSubsidy::decide)
            .names("困难残疾人生活补贴", "living subsidy for disabled persons in hardship")
            .grantedTo(SubjectKind.PERSON)
            .legalBasis(Documents.GUOFA_2015_52)
            .standards(SHARE_SEVERE, SHARE_OTHER, SHARE_SEVERE_NO_INCOME, Dibao.STANDARD_URBAN, Dibao.STANDARD_RURAL,
                    SHARE_SEVERAL_OR_ELDERLY_PARENTS, SEVERAL_INCOME_MULTIPLE, ELDERLY_PARENT_AGE,
                    Dibao.EXCLUDE_BASIC_PENSION, Dibao.EXCLUDE_FAMILY_PLANNING, Dibao.EXCLUDE_REWARD,
                    Dibao.EXCLUDE_SOCIAL_ASSISTANCE, Dibao.WORK_COSTS, ROUNDING)
            .reasons(NO_DISABILITY, IN_TEKUN, NOT_DIBAO_HOUSEHOLD, INCOME_ABOVE_MULTIPLE, MEMBER_EXCLUDED)
            .texts(TEXTS)
            .monthly(MonthlyBehaviour.monthly())
            .report(REPORT)
            .build();

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        Person p = r.person();
        if (p.disability().isEmpty()) {
            return d.fail(NO_DISABILITY).build(Rounding.FEN);
        }
        if (r.inTekun()) {
            return d.fail(IN_TEKUN).build(Rounding.FEN);
        }
        Disability dis = p.disability().get();
        BigDecimal share = null;
        if (r.householdInDibao()) {
            share = d.use(standards, dis.isSevere() ? SHARE_SEVERE : SHARE_OTHER);
            if (dis.isSevere() && !hasOwnIncome(r)) {
                Optional<BigDecimal> noIncome = d.useIfPresent(standards, SHARE_SEVERE_NO_INCOME);
                if (noIncome.isPresent() && noIncome.get().compareTo(share) > 0) {
                    share = noIncome.get();
                    d.step("disability.living-no-income");
                }
            }
        }
        Optional<BigDecimal> several = d.useIfPresent(standards, SHARE_SEVERAL_OR_ELDERLY_PARENTS);
        if (several.isPresent() && (share == null || several.get().compareTo(share) > 0)) {
            String group = group(r, standards, d);
            if (group != null) {
                BigDecimal multiple = d.use(standards, SEVERAL_INCOME_MULTIPLE);
                HouseholdMeans means = HouseholdMeans.of(r.household(), standards, d, MEMBER_EXCLUDED);
                BigDecimal limit = means.line().multiply(multiple);
                boolean within = false;
                if (!means.counted().isEmpty()) { // no member counted: no per-capita income to compare
                    within = means.income().compareTo(limit) <= 0;
                    d.step("disability.living-" + group, means.perCapita(), multiple, means.standard());
                }
                if (within) {
                    share = several.get();
                } else if (share == null) {
                    return d.fail(INCOME_ABOVE_MULTIPLE).build(Rounding.FEN);
                }
            }
        }
        if (share == null) {
            return d.fail(NOT_DIBAO_HOUSEHOLD).build(Rounding.FEN);
        }
        Money standard = d.use(standards, r.householdHukou() == HukouType.URBAN ? Dibao.STANDARD_URBAN
                : Dibao.STANDARD_RURAL);
        BigDecimal amount = share.multiply(standard.amount());
        d.component(PaymentComponent.LIVING, null, amount)
                .step("disability.living", dis.category(), dis.grade(), share, standard, amount);
        return d.build(d.use(standards, ROUNDING));
    }

    /**
     * 一户多残 ({@code several}) or 依老养残 ({@code elderly-parents}), or null. The parents are the head and the head's
     * spouse for a child of the head, the head's parents for the head, and the relatives of kind parent recorded on
     * the person who are alive at the month's end (a parent living in another household, or described only).
     */
    private static String group(Request r, ResolvedStandards standards, Decision.Builder d) {
        List<Member> members = r.household().members();
        long disabled = members.stream().filter(m -> m.person().disability().isPresent()).count();
        if (disabled >= 2) {
            return "several";
        }
        List<Member> parents = new ArrayList<>();
        for (Member m : members) {
            boolean parent = r.relation() == Relation.CHILD
                    ? m.relation() == Relation.HEAD || m.relation() == Relation.SPOUSE
                    : r.relation() == Relation.HEAD && m.relation() == Relation.PARENT;
            if (parent && !m.person().id().equals(r.person().id())) {
                parents.add(m);
            }
        }
        LocalDate end = r.household().endOfMonth();
        List<LocalDate> births = new ArrayList<>();
        for (Member m : parents) {
            births.add(m.person().birthDate());
        }
        int recorded = 0;
        for (Relative rel : r.person().relatives(RelativeKind.PARENT)) {
            boolean dead = rel.status().kind() == StatusKind.DECEASED && !rel.status().since().isAfter(end);
            boolean member = rel.person().isPresent()
                    && parents.stream().anyMatch(m -> m.person().id().equals(rel.person().get()));
            if (!dead && !member) {
                births.add(rel.birthDate());
                recorded++;
            }
        }
        if (births.isEmpty()) {
            return null;
        }
        int age = d.use(standards, ELDERLY_PARENT_AGE);
        for (LocalDate birth : births) {
            if (AgeBasis.ageOn(birth, end) < age) {
                return null;
            }
        }
        d.step("disability.living-parents", parents.size(), recorded);
        return "elderly-parents";
    }

    private static boolean hasOwnIncome(Request r) {
        for (Income inc : r.ownIncomes()) {
            if (inc.kind().countsForDibao() && inc.monthlyAmount().isPositive()) {
                return true;
            }
        }
        return false;
    }
}
