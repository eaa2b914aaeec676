package org.minzheng.core.programs.childsubsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.children.ChildCategory;
import org.minzheng.core.children.ChildClassifier;
import org.minzheng.core.children.ParentSituation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.LegalBasis;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Placement;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;

/**
 * 困境儿童生活补贴 (living subsidy for children in difficulty), declared in one place. Legal basis:
 * 国发〔2016〕36号; 民发〔2019〕62号; Jiangsu 2018 supplementary opinion.
 *
 * <h2>Rule</h2>
 * A child under 18 (completed years on the month's last day) is classified ({@link ChildClassifier}: orphan,
 * de-facto unsupported, then the Jiangsu categories; a region may classify differently through a variant, see
 * {@link #decide(Request, ResolvedStandards, Decision.Builder, BiFunction)}). An orphan in an institution is paid
 * {@link #ORPHAN_INSTITUTIONAL}; an orphan at home {@link #ORPHAN_DISPERSED}; the other categories their share
 * ({@link #UNSUPPORTED_SHARE}, {@link #GUARDIANSHIP_MISSING_SHARE}, {@link #PARENTS_UNABLE_SHARE}) × {@link
 * #ORPHAN_DISPERSED}. Rounded once to the fen. The parents are those recorded on the child combined with the parents
 * living in the household and the relatives of kind parent stored for the child ({@link
 * org.minzheng.core.rule.Kinship#parentsOf}).
 *
 * <h2>Screening</h2>
 * Monthly, for review (decision record 0355): every child born by the month's last day and under 18 then is a
 * candidate; a child the rule finds in difficulty without a case is opened for review with the category and the
 * parents' situation in the explanation, and a case that no longer qualifies is proposed for closing.
 */
public final class ChildSubsidy {

    private ChildSubsidy() {
    }

    /**
     * {@code child.orphan.institutional} — 机构集中养育孤儿基本生活保障标准 (institutional orphan standard). Monthly basic-living standard for an orphan raised in a welfare institution.
     */
    public static final Standard<Money> ORPHAN_INSTITUTIONAL = Standard.builder("child.orphan.institutional", ValueType.MONEY)
            .names("机构集中养育孤儿基本生活保障标准", "institutional orphan standard")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly basic-living standard for an orphan raised in a welfare institution.")
            .legalBasis("国发〔2016〕36号")
            .build();

    /**
     * {@code child.orphan.dispersed} — 社会散居孤儿基本生活保障标准 (dispersed orphan standard). Monthly basic-living standard for an orphan living in the community; the other categories of children in difficulty are paid shares of it.
     */
    public static final Standard<Money> ORPHAN_DISPERSED = Standard.builder("child.orphan.dispersed", ValueType.MONEY)
            .names("社会散居孤儿基本生活保障标准", "dispersed orphan standard")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly basic-living standard for an orphan living in the community; the other categories of children in difficulty are paid shares of it.")
            .legalBasis("国发〔2016〕36号")
            .build();

    /**
     * {@code child.unsupported.share} — 事实无人抚养儿童补贴比例 (de-facto unsupported child share). Living subsidy of a de-facto unsupported child (事实无人抚养儿童) as a share of the dispersed-orphan standard. Default 1 (the national rule: paid by reference to the dispersed-orphan standard).
     */
    public static final Standard<BigDecimal> UNSUPPORTED_SHARE = Standard.builder("child.unsupported.share", ValueType.DECIMAL)
            .names("事实无人抚养儿童补贴比例", "de-facto unsupported child share")
            .unit(Unit.SHARE)
            .defaultValue(BigDecimal.ONE)
            .description("Living subsidy of a de-facto unsupported child (事实无人抚养儿童) as a share of the dispersed-orphan standard. Default 1 (the national rule: paid by reference to the dispersed-orphan standard).")
            .legalBasis("民发〔2019〕62号")
            .build();

    /**
     * {@code child.guardianship-missing.share} — 父母监护缺失儿童补贴比例 (guardianship-missing child share). Living subsidy of a child without parental guardianship (父母监护缺失) as a share of the dispersed-orphan standard (Jiangsu: at least 0.8).
     */
    public static final Standard<BigDecimal> GUARDIANSHIP_MISSING_SHARE = Standard.builder("child.guardianship-missing.share", ValueType.DECIMAL)
            .names("父母监护缺失儿童补贴比例", "guardianship-missing child share")
            .unit(Unit.SHARE)
            .mandatory()
            .description("Living subsidy of a child without parental guardianship (父母监护缺失) as a share of the dispersed-orphan standard (Jiangsu: at least 0.8).")
            .legalBasis("国发〔2016〕36号；江苏省2018年困境儿童补充意见")
            .build();

    /**
     * {@code child.parents-unable.share} — 父母无力履行监护职责儿童补贴比例 (parents-unable child share). Living subsidy of a child whose parents cannot fulfil guardianship (父母无力履行监护职责) as a share of the dispersed-orphan standard (Jiangsu: at least 0.6).
     */
    public static final Standard<BigDecimal> PARENTS_UNABLE_SHARE = Standard.builder("child.parents-unable.share", ValueType.DECIMAL)
            .names("父母无力履行监护职责儿童补贴比例", "parents-unable child share")
            .unit(Unit.SHARE)
            .mandatory()
            .description("Living subsidy of a child whose parents cannot fulfil guardianship (父母无力履行监护职责) as a share of the dispersed-orphan standard (Jiangsu: at least 0.6).")
            .legalBasis("国发〔2016〕36号；江苏省2018年困境儿童补充意见")
            .build();

    /**
     * {@code child.hiv-infected.share} — 感染艾滋病病毒儿童补贴比例 (HIV-infected child share). Living subsidy of an
     * HIV-infected child not in a parents' category as a share of the dispersed-orphan standard (Jiangsu: 1, the
     * dispersed-orphan standard). Absent: the category is not paid.
     */
    public static final Standard<BigDecimal> HIV_INFECTED_SHARE = Standard.builder("child.hiv-infected.share",
                    ValueType.DECIMAL)
            .names("感染艾滋病病毒儿童补贴比例", "HIV-infected child share")
            .unit(Unit.SHARE)
            .description("Living subsidy of an HIV-infected child not in a parents' category as a share of the dispersed-orphan standard (Jiangsu: 1, the dispersed-orphan standard). Absent: the category is not paid.")
            .legalBasis("国发〔2016〕36号；江苏省2018年困境儿童补充意见")
            .build();

    /**
     * {@code child.ill-or-disabled-in-dibao.share} — 低保家庭重病重残儿童补贴比例 (share for an ill or disabled child of
     * a dibao household). Living subsidy of a seriously ill or severely disabled child of a dibao household as a
     * share of the dispersed-orphan standard, where a region pays one (Jiangsu serves these children through dibao
     * and the disability subsidies). Absent: the category is not paid.
     */
    public static final Standard<BigDecimal> ILL_OR_DISABLED_IN_DIBAO_SHARE = Standard.builder(
                    "child.ill-or-disabled-in-dibao.share", ValueType.DECIMAL)
            .names("低保家庭重病重残儿童补贴比例", "share for an ill or disabled child of a dibao household")
            .unit(Unit.SHARE)
            .description("Living subsidy of a seriously ill or severely disabled child of a dibao household as a share of the dispersed-orphan standard, where a region pays one. Absent: the category is not paid.")
            .legalBasis("国发〔2016〕36号")
            .build();

    /**
     * {@code child.rounding} — 困境儿童生活补贴取整方式 (child subsidy rounding). Precision of the monthly living subsidy of a child in difficulty: fen or yuan, half-up, applied once. Default fen.
     */
    public static final Standard<Rounding> ROUNDING = Standard.builder("child.rounding", ValueType.ROUNDING)
            .names("困境儿童生活补贴取整方式", "child subsidy rounding")
            .unit(Unit.CHOICE)
            .defaultValue(Rounding.FEN)
            .description("Precision of the monthly living subsidy of a child in difficulty: fen or yuan, half-up, applied once. Default fen.")
            .build();

    /** 18 or older (已满18周岁). */
    public static final ReasonCode ADULT = ReasonCode.failed("child.adult",
            "已满18周岁", "18 or older");

    /** not in a category of children in difficulty (不属于困境儿童保障类别). */
    public static final ReasonCode NOT_IN_DIFFICULTY = ReasonCode.failed("child.not-in-difficulty",
            "不属于困境儿童保障类别", "not in a category of children in difficulty");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> ChildSubsidy.class.getResourceAsStream(name));

    /**
     * What the rule reads.
     *
     * @param child the child assessed, with its parents
     * @param placement where the child lives
     * @param endOfMonth the last day of the month
     * @param dibaoHousehold whether the child's household is in dibao at the start of the month
     */
    public record Request(Person child, Placement placement, LocalDate endOfMonth, boolean dibaoHousehold) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is {@code null}
         */
        public Request {
            java.util.Objects.requireNonNull(child, "child");
            java.util.Objects.requireNonNull(placement, "placement");
            java.util.Objects.requireNonNull(endOfMonth, "endOfMonth");
        }

        /**
         * A request for a child of a household not in dibao.
         *
         * @param child the child
         * @param placement where the child lives
         * @param endOfMonth the last day of the month
         */
        public Request(Person child, Placement placement, LocalDate endOfMonth) {
            this(child, placement, endOfMonth, false);
        }

        /**
         * Reads the request from the facts about a child.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            // parents living in the household count with those recorded on the child (issue 12, decision record 0301)
            return new Request(org.minzheng.core.rule.Kinship.withCombinedParents(facts), facts.placement(),
                    facts.endOfMonth(), facts.enrolments().householdIn(facts.household().id(), NationalPrograms.DIBAO));
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.CHILD_SUBSIDY,
                    Request::from, ChildSubsidy::decide)
            .names("困境儿童生活补贴", "living subsidy for children in difficulty")
            .grantedTo(SubjectKind.PERSON)
            .legalBasis(new LegalBasis("国务院关于加强困境儿童保障工作的意见", "国发〔2016〕36号"),
                    new LegalBasis("关于进一步加强事实无人抚养儿童保障工作的意见", "民发〔2019〕62号"))
            .standards(ORPHAN_INSTITUTIONAL, ORPHAN_DISPERSED, UNSUPPORTED_SHARE, GUARDIANSHIP_MISSING_SHARE,
                    PARENTS_UNABLE_SHARE, ROUNDING, HIV_INFECTED_SHARE, ILL_OR_DISABLED_IN_DIBAO_SHARE)
            .reasons(ADULT, NOT_IN_DIFFICULTY)
            .texts(TEXTS)
            .monthly(MonthlyBehaviour.monthly()
                    .withScreening(Screening.monthly(Screening.Action.OPEN_FOR_REVIEW)
                            .candidates("born and under 18 on the month's last day", ChildSubsidy::candidate)))
            .report(ReportLines.of(Measure.NEW, Measure.CANCELLED, Measure.IN_COVERAGE, Measure.REACHED,
                    Measure.PAYMENTS, Measure.AMOUNT, Measure.BY_CATEGORY))
            .build();

    /** Born by the month's end and under 18 then: the rule's age condition, before the categories. */
    static boolean candidate(Person p, java.time.YearMonth m) {
        LocalDate end = m.atEndOfMonth();
        return !p.birthDate().isAfter(end) && AgeBasis.ageOn(p.birthDate(), end) < 18;
    }

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        return decide(r, standards, d, ChildClassifier::classify);
    }

    /**
     * The rule with a region's classification of children in difficulty, for a regional variant.
     *
     * @param r the request
     * @param standards the standards in force
     * @param d the decision
     * @param classifier the category of a child on a day, or empty when in none
     * @return the decision
     */
    public static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d,
                                  BiFunction<Person, LocalDate, Optional<ChildCategory>> classifier) {
        Person child = r.child();
        LocalDate end = r.endOfMonth();
        int age = AgeBasis.ageOn(child.birthDate(), end);
        d.step("children.age", age);
        if (age >= 18) {
            return d.fail(ADULT).build(Rounding.FEN);
        }
        for (Parent p : child.parents()) {
            d.step("children.parent", p.role(), ParentSituation.of(p, end));
        }
        Optional<ChildCategory> category = classifier.apply(child, end);
        Optional<BigDecimal> furtherShare = Optional.empty();
        if (category.isEmpty()) {
            // the further categories, as regions define them: only when the parents' situation gives none
            if (child.hivInfected()) {
                furtherShare = d.useIfPresent(standards, HIV_INFECTED_SHARE);
                category = furtherShare.map(s -> ChildCategory.HIV_INFECTED);
            }
            if (category.isEmpty() && r.dibaoHousehold() && (child.seriouslyIll()
                    || child.disability().filter(org.minzheng.core.registry.Disability::isSevere).isPresent())) {
                furtherShare = d.useIfPresent(standards, ILL_OR_DISABLED_IN_DIBAO_SHARE);
                category = furtherShare.map(s -> ChildCategory.ILL_OR_DISABLED_IN_DIBAO);
            }
        }
        if (category.isEmpty()) {
            return d.fail(NOT_IN_DIFFICULTY).build(Rounding.FEN);
        }
        ChildCategory c = category.get();
        d.category(c);
        if (c == ChildCategory.ORPHAN) {
            Standard<Money> s = r.placement() == Placement.INSTITUTIONAL ? ORPHAN_INSTITUTIONAL : ORPHAN_DISPERSED;
            Money amount = d.use(standards, s);
            d.component(PaymentComponent.LIVING, null, amount.amount()).step("children.orphan", r.placement(), amount);
        } else if (furtherShare.isPresent()) {
            Money dispersed = d.use(standards, ORPHAN_DISPERSED);
            BigDecimal amount = furtherShare.get().multiply(dispersed.amount());
            d.component(PaymentComponent.LIVING, null, amount).step("children.share", c, furtherShare.get(), dispersed,
                    amount);
        } else {
            Money dispersed = d.use(standards, ORPHAN_DISPERSED);
            BigDecimal share = d.use(standards, c == ChildCategory.DE_FACTO_UNSUPPORTED ? UNSUPPORTED_SHARE
                    : c == ChildCategory.GUARDIANSHIP_MISSING ? GUARDIANSHIP_MISSING_SHARE : PARENTS_UNABLE_SHARE);
            BigDecimal amount = share.multiply(dispersed.amount());
            d.component(PaymentComponent.LIVING, null, amount).step("children.share", c, share, dispersed, amount);
        }
        return d.build(d.use(standards, ROUNDING));
    }
}
