package org.minzheng.examples.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.report.ReportHeader;
import org.minzheng.core.standards.ResolvedValue;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.runtime.CivilAffairs;

/**
 * The header the demo's report is issued under (演示报表表头): a demo office, today's date, the data marked
 * synthetic, and every standard in force in the region during the period whose value is
 * {@value StandardValue#ILLUSTRATIVE} (read from the resolved standards, not listed by hand).
 */
final class DemoReportHeader {

    /** The demo issues the report; it is not the Dantu bureau's. */
    static final String OFFICE = "minzheng 演示（模拟丹徒区民政局，非官方报表）";

    private DemoReportHeader() {
    }

    /**
     * The header for a synthetic district's report.
     *
     * @param ca the library as the demo configured it
     * @param region the region reported on
     * @param from the first month
     * @param to the last month
     * @return the header: synthetic, with the illustrative standards of the period
     */
    static ReportHeader of(CivilAffairs ca, RegionCode region, YearMonth from, YearMonth to) {
        Map<String, Standard<?>> illustrative = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            for (ResolvedValue<?> v : ca.standards(region, m).values()) {
                if (StandardValue.ILLUSTRATIVE.equals(v.source())) {
                    illustrative.putIfAbsent(v.standard().code(), v.standard());
                }
            }
        }
        return new ReportHeader(OFFICE, LocalDate.now(ca.clock()), true, List.of())
                .withIllustrativeStandards(List.copyOf(illustrative.values()));
    }
}
