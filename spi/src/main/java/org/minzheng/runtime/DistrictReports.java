package org.minzheng.runtime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.facility.Facility;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.report.DistrictReport;
import org.minzheng.core.rule.Enrolments;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordKind;
import org.minzheng.spi.storage.Storage;

/**
 * Computes a {@link DistrictReport} from storage: every case of the region (with the persons it covers), the
 * ledger entries of the period's months, service records, facilities, and — for programs that report {@link
 * Measure#BY_CATEGORY} — the category each case in coverage is decided into at the end of the period.
 */
final class DistrictReports {

    private DistrictReports() {
    }

    static DistrictReport compute(CivilAffairs ca, Storage storage, RegionCode region, YearMonth from, YearMonth to,
                                  ZoneId zone, Map<RegionCode, String> names) {
        Objects.requireNonNull(storage, "storage");
        Storage view = storage.scopedTo(region);
        Set<ServiceRecordKind> kinds = EnumSet.noneOf(ServiceRecordKind.class);
        ca.programs().all().forEach(p -> kinds.addAll(p.recordsRead()));
        RegistrySnapshot registry = RegistrySnapshot.load(view, region, kinds, to.atEndOfMonth());
        DistrictReport.Builder b = DistrictReport.builder(region, from, to, zone, ca.programs().all()).regionNames(names);
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Enrolments enrolments = registry.enrolmentsBefore(to.atDay(1).atStartOfDay(zone).toInstant());
        Map<YearMonth, Enrolments> monthly = new HashMap<>();
        for (Case c : registry.cases()) {
            b.addCase(c, registry.persons(c.subject()));
            Optional<ProgramRule<?>> program = ca.programs().find(c.program());
            screening(c, from.atDay(1).atStartOfDay(zone).toInstant(), end, b);
            if (program.isPresent() && (program.get().report().reports(Measure.HOURS_GRANTED)
                    || program.get().report().reports(Measure.SERVICES_DUE))) {
                granted(ca, registry, c, from, to, zone, monthly, b);
            }
            CaseState atEnd = RegistrySnapshot.stateBefore(c, end);
            if (program.isPresent() && program.get().report().reports(Measure.BY_CATEGORY)
                    && (atEnd == CaseState.ACTIVE || atEnd == CaseState.IN_GRACE)) {
                category(ca, registry, c, to, enrolments).ifPresent(cat -> b.addCategory(c.program(), cat));
            }
        }
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            try (Stream<Payment> s = view.payments().streamByMonth(m, region)) {
                s.forEach(b::addPayment);
            }
        }
        try (Stream<ServiceRecord> s = view.serviceRecords().streamByRegion(region, LocalDate.of(1900, 1, 1),
                to.atEndOfMonth().plusDays(1))) {
            s.forEach(b::addServiceRecord);
        }
        try (Stream<Facility> s = view.facilities().streamByRegion(region)) {
            s.forEach(b::addFacility);
        }
        return b.build();
    }

    /**
     * What screening did to a case within the period, read from the history the monthly run wrote: opened by
     * screening (its application by the run, with the screening reason), started at once (activated in the same
     * instant), proposed for closing (suspended by the run — the run suspends only to propose closing).
     */
    private static void screening(Case c, Instant start, Instant end, DistrictReport.Builder b) {
        List<Transition> h = c.history();
        Transition first = h.get(0);
        boolean opened = first.operator().equals(MonthlyRunner.ACTOR)
                && first.reason().startsWith(MonthlyRunner.SCREENING_REASON) && !first.at().isBefore(start)
                && first.at().isBefore(end);
        boolean started = false;
        boolean proposed = false;
        for (Transition t : h) {
            if (opened && t.to() == CaseState.ACTIVE && t.at().equals(first.at()) && t.operator().equals(MonthlyRunner.ACTOR)) {
                started = true;
            }
            if (t.to() == CaseState.SUSPENDED && t.operator().equals(MonthlyRunner.ACTOR) && !t.at().isBefore(start)
                    && t.at().isBefore(end)) {
                proposed = true;
            }
        }
        if (opened || proposed) {
            try {
                b.addScreening(c.program(), opened && !started, started, proposed);
            } catch (IllegalArgumentException e) {
                // a case of a program not registered: the program table reports it already
            }
        }
    }

    /**
     * What a case's decisions grant over the period: for each month at whose end the case was active or in gradual
     * exit, the hours and services its decision of that month grants, from the registry as stored (as the categories
     * are). A month whose decision cannot be made grants nothing; the run reports why.
     */
    private static void granted(CivilAffairs ca, RegistrySnapshot registry, Case c, YearMonth from, YearMonth to,
                                ZoneId zone, Map<YearMonth, Enrolments> monthly, DistrictReport.Builder b) {
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            CaseState atEnd = RegistrySnapshot.stateBefore(c, m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
            if (atEnd != CaseState.ACTIVE && atEnd != CaseState.IN_GRACE) {
                continue;
            }
            YearMonth month = m;
            Enrolments enrolments = monthly.computeIfAbsent(m,
                    k -> registry.enrolmentsBefore(month.atDay(1).atStartOfDay(zone).toInstant()));
            try {
                Optional<SubjectFacts> facts = registry.facts(c.subject(), m, enrolments);
                if (facts.isEmpty()) {
                    continue;
                }
                Decision d = ca.assess(c.program(), facts.get());
                if (d.eligible()) {
                    b.addGranted(c.program(), d.hoursPerMonth().orElse(BigDecimal.ZERO), d.servicesPerMonth().orElse(0));
                }
            } catch (RuntimeException e) {
                // a case that cannot be assessed grants nothing this month; the monthly run reports why
            }
        }
    }

    /** The category a case in coverage is decided into in the last month, when it can be decided. */
    private static Optional<org.minzheng.core.code.Coded> category(CivilAffairs ca, RegistrySnapshot registry, Case c,
                                                                   YearMonth month, Enrolments enrolments) {
        try {
            Optional<SubjectFacts> facts = registry.facts(c.subject(), month, enrolments);
            if (facts.isEmpty()) {
                return Optional.empty();
            }
            Decision d = ca.assess(c.program(), facts.get());
            return d.category();
        } catch (RuntimeException e) {
            return Optional.empty(); // a case that cannot be assessed has no category; the run reports why
        }
    }
}
