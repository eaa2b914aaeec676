package org.minzheng.runtime;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.code.Coded;
import org.minzheng.core.facility.Facility;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.report.DistrictReport;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.spi.storage.Storage;

/**
 * Computes a {@link DistrictReport} from storage: streams the region's households (for the
 * persons a household case covers), cases, ledger entries of each month, service records and
 * facilities into the report's builder. Read-only.
 */
final class DistrictReports {

    private DistrictReports() {
    }

    static DistrictReport compute(Storage storage, RegionCode region, YearMonth from, YearMonth to, ZoneId zone,
                                  Map<RegionCode, String> names, Function<Case, Optional<Coded>> childCategory) {
        Objects.requireNonNull(storage, "storage");
        Storage view = storage.scopedTo(region);
        DistrictReport.Builder b = DistrictReport.builder(region, from, to, zone).regionNames(names);
        Map<HouseholdId, Integer> sizes = new HashMap<>();
        try (Stream<Household> s = view.households().streamByRegion(region)) {
            s.forEach(h -> sizes.put(h.id(), h.size()));
        }
        Map<CaseId, Program> programs = new HashMap<>();
        LocalDate end = to.atEndOfMonth();
        try (Stream<Case> s = view.cases().streamByRegion(region)) {
            s.forEach(c -> {
                programs.put(c.id(), c.program());
                int persons = c.subject().kind() == SubjectKind.HOUSEHOLD
                        ? c.subject().household().map(id -> sizes.getOrDefault(id, 1)).orElse(1) : 1;
                b.addCase(c, persons);
                if (c.program() == Program.CHILD_SUBSIDY && (c.state() == CaseState.ACTIVE || c.state() == CaseState.IN_GRACE)) {
                    childCategory.apply(c).ifPresent(b::addChildInDifficulty);
                }
            });
        }
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            try (Stream<Payment> s = view.payments().streamByMonth(m, region)) {
                s.forEach(p -> {
                    Program program = programs.get(p.key().caseId());
                    if (program != null) {
                        b.addPayment(p, program);
                    }
                });
            }
        }
        try (Stream<ServiceRecord> s = view.serviceRecords().streamByRegion(region, LocalDate.of(1900, 1, 1), end.plusDays(1))) {
            s.forEach(b::addServiceRecord);
        }
        try (Stream<Facility> s = view.facilities().streamByRegion(region)) {
            s.forEach(b::addFacility);
        }
        return b.build();
    }
}
