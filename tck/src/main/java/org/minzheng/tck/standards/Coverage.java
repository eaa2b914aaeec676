package org.minzheng.tck.standards;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.minzheng.core.identity.RegionCode;

/**
 * What a standards provider claims to cover (覆盖范围): the regions for which every mandatory standard
 * resolves, over the half-open date interval [from, until). The contract suite checks the claim on every
 * month and every date on which one of the provider's values starts or ends.
 *
 * @param regions the regions claimed, at any level; not empty
 * @param from the first day covered
 * @param until the first day no longer covered; after {@code from}
 */
public record Coverage(Set<RegionCode> regions, LocalDate from, LocalDate until) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if there is no region or {@code from} is not before {@code until}
     * @throws NullPointerException if a part or a region is null
     */
    public Coverage {
        regions = Set.copyOf(Objects.requireNonNull(regions, "regions"));
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("a coverage needs at least one region");
        }
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("coverage from " + from + " must be before until " + until);
        }
    }

    /**
     * A coverage of regions given by their codes.
     *
     * @param from the first day covered
     * @param until the first day no longer covered
     * @param regionCodes region codes as {@link RegionCode#parse(String)} accepts them, e.g. "3211"
     * @return the coverage
     * @throws org.minzheng.core.identity.InvalidIdentifierException if a code is malformed
     * @throws IllegalArgumentException if there is no region or {@code from} is not before {@code until}
     */
    public static Coverage of(LocalDate from, LocalDate until, String... regionCodes) {
        return new Coverage(Set.of(regionCodes).stream().map(RegionCode::parse).collect(Collectors.toSet()), from,
                until);
    }

    /**
     * Whether a date lies in [from, until).
     *
     * @param date the date
     * @return true when covered
     */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(until);
    }
}
