package org.minzheng.tck.programs;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.spi.StandardsProvider;

/**
 * Where and when the program contract exercises the rules (检查范围): the standards providers that supply the
 * programs' standards, the regions the generated households live in, and the months [from, to] they are assessed
 * in. Every mandatory standard the programs read must resolve for every region and month of the scope (the
 * standards contract's coverage, {@code org.minzheng.tck.standards.Coverage}, is the place to prove it).
 *
 * @param standards the standards providers, e.g. the plugin's own and a provincial one it relies on; not empty
 * @param regions the regions, at any level; not empty
 * @param from the first month
 * @param to the last month, not before {@code from}
 */
public record Scope(List<StandardsProvider> standards, Set<RegionCode> regions, YearMonth from, YearMonth to) {

    /**
     * Checks and copies the parts.
     *
     * @throws IllegalArgumentException if there is no provider or region, or {@code to} is before {@code from}
     * @throws NullPointerException if a part or an element is null
     */
    public Scope {
        standards = List.copyOf(Objects.requireNonNull(standards, "standards"));
        regions = Set.copyOf(Objects.requireNonNull(regions, "regions"));
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (standards.isEmpty()) {
            throw new IllegalArgumentException("a scope needs at least one standards provider");
        }
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("a scope needs at least one region");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("scope from " + from + " must not be after to " + to);
        }
    }

    /**
     * A scope of regions given by their codes.
     *
     * @param standards the standards providers
     * @param from the first month
     * @param to the last month
     * @param regionCodes region codes as {@link RegionCode#parse(String)} accepts them, e.g. "321112"
     * @return the scope
     * @throws org.minzheng.core.identity.InvalidIdentifierException if a code is malformed
     * @throws IllegalArgumentException if there is no provider or region, or {@code to} is before {@code from}
     */
    public static Scope of(List<StandardsProvider> standards, YearMonth from, YearMonth to, String... regionCodes) {
        return new Scope(standards, Set.of(regionCodes).stream().map(RegionCode::parse).collect(Collectors.toSet()),
                from, to);
    }

    /**
     * The regions, sorted by code (so that generation is reproducible).
     *
     * @return the regions
     */
    public List<RegionCode> sortedRegions() {
        List<RegionCode> list = new ArrayList<>(regions);
        list.sort((a, b) -> a.value().compareTo(b.value()));
        return List.copyOf(list);
    }

    /**
     * Every month of the scope, in order.
     *
     * @return the months
     */
    public List<YearMonth> months() {
        List<YearMonth> list = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            list.add(m);
        }
        return List.copyOf(list);
    }

    /**
     * Whether a month lies in the scope.
     *
     * @param month the month
     * @return true when covered
     */
    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(to);
    }
}
