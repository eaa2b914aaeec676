package org.minzheng.runtime;

import java.time.YearMonth;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.minzheng.core.cases.CaseId;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.rule.Enrolments;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.standards.ResolvedStandards;

/**
 * What a monthly run computed from the region as it read it (decision record 0400): for which programs screening
 * found each household settled — by the household's place in the snapshot and the program's among those screening,
 * bit {@code household × programs + program}: every candidate of the household for the program was assessed and
 * does not qualify — and how each open case was decided, with everything those assessments read: the
 * region and month, the households themselves (every one of the region, since a person's facts read relatives stored
 * in other households), who was enrolled in what at the start of the month, the service records read, the standards
 * of every region looked up, and the programs that screened. A later run of the same month whose snapshot shows the
 * same inputs would assess those candidates and cases from the same facts with the same standards and rules, so it
 * skips the settled households, and takes a case's decision when the case is the one decided; any difference in any
 * input and the memo is not used at all.
 *
 * <p>Immutable once made; the run that made it never changes the lists and maps it holds (the snapshot's own).
 */
final class RunMemo {

    private final RegionCode region;
    private final YearMonth month;
    private final List<Household> households;
    private final Enrolments enrolments;
    private final Map<SubjectRef, List<ServiceRecord>> records;
    private final Map<RegionCode, ResolvedStandards> standards;
    private final List<ProgramCode> screeners;
    private final BitSet settled;
    private final Map<CaseId, MonthlyRunner.Decided> decided;

    RunMemo(RegionCode region, YearMonth month, List<Household> households, Enrolments enrolments,
            Map<SubjectRef, List<ServiceRecord>> records, Map<RegionCode, ResolvedStandards> standards,
            List<ProgramCode> screeners, BitSet settled, Map<CaseId, MonthlyRunner.Decided> decided) {
        this.region = region;
        this.month = month;
        this.households = households;
        this.enrolments = enrolments;
        this.records = records;
        this.standards = Map.copyOf(standards);
        this.screeners = List.copyOf(screeners);
        this.settled = (BitSet) settled.clone();
        this.decided = decided;
    }

    /**
     * Where screening found a household settled for a program: bit {@code household × programs + program}, by the
     * household's place in the snapshot and the program's among those screening (to be used only after
     * {@link #matches}).
     *
     * @return a set the caller must not change
     */
    BitSet settled() {
        return settled;
    }

    /**
     * How each case was decided, by case id, with the case as it was decided (to be used only after {@link #matches},
     * and only for the same case).
     *
     * @return a map the caller must not change
     */
    Map<CaseId, MonthlyRunner.Decided> decided() {
        return decided;
    }

    /**
     * Whether every input is what it was.
     *
     * @param region the region run now
     * @param month the month run now
     * @param households the households read now, in storage order
     * @param enrolments the enrolments at the start of the month, as read now
     * @param records the service records read now
     * @param screeners the programs screening now, in order
     * @param standardsNow the standards of a region in the month as the run would look them up now (may throw)
     * @return true when the memo may be used
     */
    boolean matches(RegionCode region, YearMonth month, List<Household> households, Enrolments enrolments,
                   Map<SubjectRef, List<ServiceRecord>> records, List<ProgramCode> screeners,
                   Function<RegionCode, ResolvedStandards> standardsNow) {
        if (!this.region.equals(region) || !this.month.equals(month) || !this.screeners.equals(screeners)
                || this.households.size() != households.size()) {
            return false;
        }
        for (int i = 0; i < households.size(); i++) {
            Household was = this.households.get(i);
            Household is = households.get(i);
            // the in-memory store hands out the household it keeps, so unchanged is usually the same object
            if (was != is && !was.equals(is)) {
                return false;
            }
        }
        if (this.enrolments != enrolments && !this.enrolments.equals(enrolments)) {
            return false;
        }
        if (this.records != records && !this.records.equals(records)) {
            return false;
        }
        for (Map.Entry<RegionCode, ResolvedStandards> e : standards.entrySet()) {
            try {
                // the standards are values resolved once and kept by CivilAffairs: the same object when unchanged
                if (standardsNow.apply(e.getKey()) != e.getValue()) {
                    return false;
                }
            } catch (RuntimeException failed) {
                return false;
            }
        }
        return true;
    }
}
