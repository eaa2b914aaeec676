package org.minzheng.core.decision;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.minzheng.core.assistance.DibaoCalculator;
import org.minzheng.core.assistance.TekunCalculator;
import org.minzheng.core.assistance.TemporaryAssistanceCalculator;
import org.minzheng.core.children.ChildSubsidyCalculator;
import org.minzheng.core.children.LeftBehindChildCalculator;
import org.minzheng.core.disability.DisabilitySubsidyCalculator;
import org.minzheng.core.elderly.HomeCareCalculator;
import org.minzheng.core.elderly.SeniorAllowanceCalculator;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.standards.ResolvedStandards;

/**
 * The one entry point to the national rules (统一测算入口): dispatches by {@link Program} to its
 * {@link Calculator}, with the region's {@link RegionalRules}. A policy-case runner, a monthly run and
 * {@code CivilAffairs} all call {@link #assess(Program, AssessmentRequest, ResolvedStandards, YearMonth)}.
 *
 * <p>Programs with a calculator: 低保, 特困, 临时救助, the two disability subsidies, 尊老金, home care,
 * children in difficulty and left-behind children. Care visits, home adaptation and accident insurance
 * are service programs without an amount rule; {@link #supports(Program)} is false for them.
 *
 * <p>Immutable and thread-safe.
 */
public final class Assessor {

    private static final Map<Program, Calculator> NATIONAL_CALCULATORS = nationalCalculators();
    private static final Assessor NATIONAL = new Assessor(RegionalRules.NATIONAL);

    private final RegionalRules rules;

    private Assessor(RegionalRules rules) {
        this.rules = rules;
    }

    private static Map<Program, Calculator> nationalCalculators() {
        Map<Program, Calculator> map = new EnumMap<>(Program.class);
        map.put(Program.DIBAO, DibaoCalculator::assess);
        map.put(Program.TEKUN, TekunCalculator::assess);
        map.put(Program.TEMPORARY_ASSISTANCE, TemporaryAssistanceCalculator::assess);
        map.put(Program.DISABILITY_LIVING_SUBSIDY, DisabilitySubsidyCalculator::assessLiving);
        map.put(Program.DISABILITY_CARE_SUBSIDY, DisabilitySubsidyCalculator::assessCare);
        map.put(Program.SENIOR_ALLOWANCE, SeniorAllowanceCalculator::assess);
        map.put(Program.HOME_CARE, HomeCareCalculator::assess);
        map.put(Program.CHILD_SUBSIDY, ChildSubsidyCalculator::assess);
        map.put(Program.LEFT_BEHIND_CHILD_CARE, LeftBehindChildCalculator::assess);
        return map;
    }

    /**
     * The national rules.
     *
     * @return the assessor
     */
    public static Assessor national() {
        return NATIONAL;
    }

    /**
     * The national rules with a region's replacements.
     *
     * @param rules the region's rules
     * @return the assessor
     * @throws NullPointerException if {@code rules} is null
     */
    public static Assessor withRules(RegionalRules rules) {
        return rules == RegionalRules.NATIONAL ? NATIONAL : new Assessor(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * The regional rules applied.
     *
     * @return the rules
     */
    public RegionalRules rules() {
        return rules;
    }

    /**
     * Whether a program has a calculator.
     *
     * @param program the program
     * @return true when {@link #assess} can assess it
     */
    public boolean supports(Program program) {
        return NATIONAL_CALCULATORS.containsKey(Objects.requireNonNull(program, "program"));
    }

    /**
     * The programs with a calculator.
     *
     * @return an unmodifiable set
     */
    public Set<Program> programs() {
        return Set.copyOf(NATIONAL_CALCULATORS.keySet());
    }

    /**
     * Assesses a subject for a program and month.
     *
     * @param program the program
     * @param request the subject: {@link AssessmentRequest#forHousehold} for household programs (低保,
     *        临时救助), {@link AssessmentRequest#forPerson} for person programs
     * @param standards the standards in force for the subject's region, resolved for the month (minzheng
     *        resolves on the month's first day)
     * @param month the month assessed
     * @return the decision
     * @throws IllegalArgumentException if the program has no calculator, or the request's subject kind does
     *         not match the program's, or the request lacks what the program needs
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     * @throws NullPointerException if an argument is null
     */
    public Decision assess(Program program, AssessmentRequest request, ResolvedStandards standards, YearMonth month) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(standards, "standards");
        Objects.requireNonNull(month, "month");
        Calculator c = NATIONAL_CALCULATORS.get(Objects.requireNonNull(program, "program"));
        if (c == null) {
            throw new IllegalArgumentException("program " + program.code() + " (" + program.chineseName()
                    + ") has no calculator; programs with one: " + programs());
        }
        boolean personRequest = request.subject().isPresent();
        if (program.subjectKind() == SubjectKind.PERSON && !personRequest) {
            throw new IllegalArgumentException("program " + program.code() + " assesses a person: use "
                    + "AssessmentRequest.forPerson(household, personId)");
        }
        if (program.subjectKind() == SubjectKind.HOUSEHOLD && personRequest) {
            throw new IllegalArgumentException("program " + program.code() + " assesses a household: use "
                    + "AssessmentRequest.forHousehold(household)");
        }
        return c.assess(request, standards, month, rules);
    }

    /** E.g. {@code Assessor[national]}. */
    @Override
    public String toString() {
        return "Assessor[" + rules.name() + "]";
    }
}
