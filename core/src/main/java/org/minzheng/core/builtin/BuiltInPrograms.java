package org.minzheng.core.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minzheng.core.elderly.CapabilityAssessment;
import org.minzheng.core.programs.adaptation.HomeAdaptationProgram;
import org.minzheng.core.programs.caresubsidy.DisabilityCareSubsidy;
import org.minzheng.core.programs.carevisit.CareVisitProgram;
import org.minzheng.core.programs.childsubsidy.ChildSubsidy;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.dibaoedge.DibaoEdge;
import org.minzheng.core.programs.homecare.HomeCare;
import org.minzheng.core.programs.insurance.AccidentInsurance;
import org.minzheng.core.programs.leftbehind.LeftBehindChildren;
import org.minzheng.core.programs.livingsubsidy.DisabilityLivingSubsidy;
import org.minzheng.core.programs.senior.SeniorAllowance;
import org.minzheng.core.programs.tekun.Tekun;
import org.minzheng.core.programs.temporary.TemporaryAssistance;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.standards.Standard;

/**
 * The catalogue of the programs minzheng ships (内置业务项目目录): the twelve national programs, in the order a
 * district report lists them, and the standards they read. {@code CivilAffairs} registers them unless told
 * otherwise; a regional plugin adds its own programs beside them.
 */
public final class BuiltInPrograms {

    private BuiltInPrograms() {
    }

    private static final List<ProgramRule<?>> ALL = List.of(
            Dibao.PROGRAM,
            Tekun.PROGRAM,
            TemporaryAssistance.PROGRAM,
            DisabilityLivingSubsidy.PROGRAM,
            DisabilityCareSubsidy.PROGRAM,
            SeniorAllowance.PROGRAM,
            HomeCare.PROGRAM,
            CareVisitProgram.PROGRAM,
            HomeAdaptationProgram.PROGRAM,
            AccidentInsurance.PROGRAM,
            ChildSubsidy.PROGRAM,
            LeftBehindChildren.PROGRAM,
            DibaoEdge.PROGRAM);

    /** Standards read outside any program's rule: the GB/T 42195 capability assessment's. */
    private static final List<Standard<?>> SHARED = List.of(CapabilityAssessment.COMA_LEVEL);

    /**
     * The built-in programs, in report order.
     *
     * @return an unmodifiable list
     */
    public static List<ProgramRule<?>> all() {
        return ALL;
    }

    /**
     * Every standard the built-in programs read, and those of the shared assessments, each once, in the order
     * first declared.
     *
     * @return an unmodifiable list
     */
    public static List<Standard<?>> standards() {
        Map<String, Standard<?>> out = new LinkedHashMap<>();
        for (ProgramRule<?> p : ALL) {
            for (Standard<?> s : p.standards()) {
                out.putIfAbsent(s.code(), s);
            }
        }
        for (Standard<?> s : SHARED) {
            out.putIfAbsent(s.code(), s);
        }
        return List.copyOf(new ArrayList<>(out.values()));
    }
}
