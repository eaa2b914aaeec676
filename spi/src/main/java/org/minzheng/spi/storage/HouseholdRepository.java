package org.minzheng.spi.storage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;

/**
 * Households with their members (家庭户及其成员).
 *
 * <p>A household is stored together with the persons who are its members: saving a household
 * saves its members' person records too, each under its own optimistic version (see
 * {@link PersonRepository}). A person belongs to at most one household.
 */
public interface HouseholdRepository {

    /**
     * Finds a household by identifier.
     *
     * @param id the identifier
     * @return the household, or empty
     * @throws RegionAccessException in a scoped view, if the household is outside the scope
     */
    Optional<Household> find(HouseholdId id);

    /**
     * Loads a household that must exist.
     *
     * @param id the identifier
     * @return the household
     * @throws RecordNotFoundException if it is not stored
     * @throws RegionAccessException in a scoped view, if the household is outside the scope
     */
    default Household get(HouseholdId id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException(EntityType.HOUSEHOLD, id.value()));
    }

    /**
     * The household a person is a member of.
     *
     * @param person the person's identifier
     * @return the household, or empty
     * @throws RegionAccessException in a scoped view, if the household is outside the scope
     */
    Optional<Household> findByMember(PersonId person);

    /**
     * The household of the member with an identity number.
     *
     * @param idNumber the identity number
     * @return the household, or empty
     * @throws RegionAccessException in a scoped view, if the household is outside the scope
     */
    Optional<Household> findByIdNumber(IdNumber idNumber);

    /**
     * The households registered in a region or anywhere inside it, ordered by identifier.
     *
     * @param region the region
     * @return the households
     * @throws RegionAccessException in a scoped view, if the region is not inside the scope
     */
    default List<Household> findByRegion(RegionCode region) {
        try (Stream<Household> s = streamByRegion(region)) {
            return s.toList();
        }
    }

    /**
     * Streams the households of a region, ordered by identifier, with their members loaded
     * without a query per household. Close the stream.
     *
     * @param region the region
     * @return the households
     * @throws RegionAccessException in a scoped view, if the region is not inside the scope
     */
    Stream<Household> streamByRegion(RegionCode region);

    /**
     * Counts the households of a region.
     *
     * @param region the region
     * @return the count
     * @throws RegionAccessException in a scoped view, if the region is not inside the scope
     */
    long countByRegion(RegionCode region);

    /**
     * Stores a new household (version 0) or a new version of a stored one, with its members.
     *
     * @param household the household
     * @param context who and why
     * @return the stored household, with its new version and its members' new versions
     * @throws StaleVersionException if the household or one of its members was changed since it
     *     was read; nothing was written
     * @throws DuplicateRecordException if a member belongs to another household, or a member's
     *     identity number is stored for another person
     * @throws RegionAccessException in a scoped view, if the household (or, for an update, the
     *     stored household) is outside the scope
     * @throws ValueTooLongException if a text is longer than {@link StorageLimits} allow
     */
    Household save(Household household, WriteContext context);

    /**
     * Saves many households atomically, in batches where the store can.
     *
     * @param households the households
     * @param context who and why
     * @return the stored households, in the given order
     * @throws StorageException as {@link #save}; if any fails, none is written
     */
    List<Household> saveAll(Collection<Household> households, WriteContext context);
}
