package org.minzheng.spi.storage;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.minzheng.core.facility.Facility;
import org.minzheng.core.facility.FacilityId;
import org.minzheng.core.identity.RegionCode;

/**
 * Facilities (服务机构与设施): care homes, day-care centres, children's homes and the like.
 */
public interface FacilityRepository {

    /**
     * Finds a facility by identifier.
     *
     * @param id the identifier
     * @return the facility, or empty if not stored or (in a scoped view) outside the scope
     */
    Optional<Facility> find(FacilityId id);

    /**
     * Streams the facilities of a region or inside it, ordered by identifier. Close the stream.
     *
     * @param region the region
     * @return the facilities
     * @throws RegionAccessException in a scoped view, if the region is not inside the scope
     */
    Stream<Facility> streamByRegion(RegionCode region);

    /**
     * The facilities of a region or inside it, ordered by identifier.
     *
     * @param region the region
     * @return the facilities
     * @throws RegionAccessException in a scoped view, if the region is not inside the scope
     */
    default List<Facility> findByRegion(RegionCode region) {
        try (Stream<Facility> s = streamByRegion(region)) {
            return s.toList();
        }
    }

    /**
     * Stores a new facility (version 0) or a new version of a stored one.
     *
     * @param facility the facility
     * @param context who and why
     * @return the stored facility with its new version
     * @throws StaleVersionException if the facility was changed since it was read
     * @throws RegionAccessException in a scoped view, if the facility, or a stored facility of that
     *     identifier, is outside the scope
     * @throws ValueTooLongException if a text is too long
     */
    Facility save(Facility facility, WriteContext context);
}
