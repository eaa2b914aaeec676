package org.minzheng.spring.boot;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.StandardsRelation;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Standard;
import org.minzheng.runtime.CivilAffairs;

/**
 * Whether the standards cover a region in a month (标准覆盖检查): every mandatory standard of every registered program
 * resolves, and every relation the programs declare between their standards holds. The same rules as the contract
 * suite's SP09 and SP10 (minzheng-tck), for one region and month, without a test framework.
 */
public final class StandardsCheck {

    private StandardsCheck() {
    }

    /**
     * The problems of the standards for a region in a month.
     *
     * @param ca the runtime
     * @param region the region
     * @param month the month (standards in force on its first day)
     * @return one line per problem; empty when the standards cover the region
     */
    public static List<String> problems(CivilAffairs ca, RegionCode region, YearMonth month) {
        Objects.requireNonNull(ca, "ca");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(month, "month");
        List<String> out = new ArrayList<>();
        ResolvedStandards r;
        try {
            r = ca.standards(region, month);
        } catch (RuntimeException e) {
            return List.of("the standards for region " + region.shortForm() + " in " + month + " cannot be resolved: "
                    + e.getMessage());
        }
        for (Standard<?> s : ca.programs().standards()) {
            if (s.mandatory() && r.find(s).isEmpty()) {
                out.add("mandatory standard " + s.code() + " (" + s.chineseName() + ") has no value for region "
                        + region.shortForm() + " in " + month);
            }
        }
        for (ProgramRule<?> p : ca.programs().all()) {
            for (StandardsRelation relation : p.relations()) {
                relation.test(r).ifPresent(wrong -> out.add(p.code() + ": " + relation.description() + " — " + wrong
                        + " for region " + region.shortForm() + " in " + month + " (" + relation.fix() + ")"));
            }
        }
        return out;
    }
}
