package org.minzheng.core.programs.adaptation;

import java.time.LocalDate;
import java.util.List;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.program.LegalBasis;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.Documents;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.Member;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Schedule;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.service.ServiceRecordKind;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;

/**
 * 居家适老化改造 (home adaptation for older people), declared in one place. A service program, per household:
 * the report counts the adaptations recorded ({@link org.minzheng.core.elderly.HomeAdaptation}). Legal basis:
 * 民发〔2020〕86号.
 *
 * <h2>Rule</h2>
 * A special-hardship elderly household qualifies (民发〔2020〕86号: 特殊困难老年人家庭): a household with a member aged
 * {@link #AGE} or more that receives 低保, or with a member in 特困 support.
 */
public final class HomeAdaptationProgram {

    private HomeAdaptationProgram() {
    }

    /**
     * {@code home-adaptation.age} — 适老化改造老年人年龄 (home-adaptation age). Age from which a member makes a
     * household an elderly household for home adaptation. Default 60.
     */
    public static final Standard<Integer> AGE = Standard.builder("home-adaptation.age", ValueType.INTEGER)
            .names("适老化改造老年人年龄", "home-adaptation age")
            .unit(Unit.YEARS)
            .defaultValue(60)
            .description("Age (completed years on the last day of the month) from which a member makes a household an elderly household for home adaptation. Default 60.")
            .legalBasis("民发〔2020〕86号")
            .build();

    /** no member of the home-adaptation age (家中无老年人). */
    public static final ReasonCode NO_ELDERLY = ReasonCode.failed("home-adaptation.no-elderly",
            "家中无适老化改造年龄的老年人", "no member of the home-adaptation age");

    /** not a special-hardship household (非特殊困难老年人家庭). */
    public static final ReasonCode NOT_SPECIAL_HARDSHIP = ReasonCode.failed("home-adaptation.not-special-hardship",
            "非特殊困难老年人家庭（低保或特困）", "not a special-hardship household (dibao or extreme-poverty support)");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> HomeAdaptationProgram.class.getResourceAsStream(name));

    /**
     * What the rule reads.
     *
     * @param members the members of the household in the month
     * @param inDibao whether the household receives 低保
     * @param memberInTekun whether a member is in 特困 support
     * @param endOfMonth the last day of the month
     */
    public record Request(List<Member> members, boolean inDibao, boolean memberInTekun, LocalDate endOfMonth) {
        /**
         * Copies the members.
         *
         * @param members the members
         * @param inDibao whether in 低保
         * @param memberInTekun whether a member is in 特困 support
         * @param endOfMonth the last day of the month
         */
        public Request {
            members = List.copyOf(members);
        }

        /**
         * Reads the request from the facts about a household.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            boolean tekun = facts.members().stream()
                    .anyMatch(m -> facts.enrolments().personIn(m.person().id(), NationalPrograms.TEKUN));
            return new Request(facts.members(), facts.enrolments().householdIn(facts.household().id(),
                    NationalPrograms.DIBAO), tekun, facts.endOfMonth());
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.HOME_ADAPTATION,
                    Request::from, HomeAdaptationProgram::decide)
            .names("居家适老化改造", "home adaptation for older people")
            .grantedTo(SubjectKind.HOUSEHOLD)
            .legalBasis(Documents.ELDERLY_LAW,
                    new LegalBasis("关于加快实施老年人居家适老化改造工程的指导意见", "民发〔2020〕86号"))
            .standards(AGE)
            .reasons(NO_ELDERLY, NOT_SPECIAL_HARDSHIP)
            .texts(TEXTS)
            .monthly(MonthlyBehaviour.of(Schedule.service()))
            .report(ReportLines.of(Measure.SERVICES).services(ServiceRecordKind.HOME_ADAPTATION))
            .build();

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        int age = d.use(standards, AGE);
        long elderly = r.members().stream()
                .filter(m -> AgeBasis.ageOn(m.person().birthDate(), r.endOfMonth()) >= age).count();
        d.step("home-adaptation.household", elderly, age, r.inDibao(), r.memberInTekun());
        if (elderly == 0) {
            d.fail(NO_ELDERLY);
        }
        if (!r.inDibao() && !r.memberInTekun()) {
            d.fail(NOT_SPECIAL_HARDSHIP);
        }
        return d.build(Rounding.FEN);
    }
}
