package org.minzheng.spi.storage;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
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
     * @return the household, or empty if it is not stored or (in a scoped view) lies outside the
     *     scope
     */
    Optional<Household> find(HouseholdId id);

    /**
     * Loads a household that must exist.
     *
     * @param id the identifier
     * @return the household
     * @throws RecordNotFoundException if it is not stored or (in a scoped view) lies outside the
     *     scope
     */
    default Household get(HouseholdId id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException(EntityType.HOUSEHOLD, id.value()));
    }

    /**
     * The household a person is a member of.
     *
     * @param person the person's identifier
     * @return the household, or empty (also in a scoped view when it lies outside the scope)
     */
    Optional<Household> findByMember(PersonId person);

    /**
     * The stored households among the given identifiers, read as a set: what {@link #find} gives for each, without a
     * round trip per household. Identifiers not stored (or, in a scoped view, outside the scope) are absent from the
     * map. The default calls {@link #find} for each; a store that can read a set in a few queries should (the JDBC
     * store reads them by chunks of identifiers).
     *
     * @param ids the identifiers (duplicates are read once)
     * @return the households found, by identifier
     * @since 0.1 (SPI: a default method, so existing stores keep working)
     */
    default Map<HouseholdId, Household> findAll(Collection<HouseholdId> ids) {
        Map<HouseholdId, Household> out = new HashMap<>();
        for (HouseholdId id : java.util.Objects.requireNonNull(ids, "ids")) {
            java.util.Objects.requireNonNull(id, "id");
            if (!out.containsKey(id)) {
                find(id).ifPresent(h -> out.put(id, h));
            }
        }
        return out;
    }

    /**
     * The households of the given persons, read as a set: what {@link #findByMember} gives for each, without a round
     * trip per person. Persons in no stored household (or, in a scoped view, in one outside the scope) are absent
     * from the map; members of one household map to the same household. The default calls {@link #findByMember}
     * for each; a store that can read a set in a few queries should (the JDBC store does).
     *
     * @param persons the persons' identifiers (duplicates are read once)
     * @return the household of each person found, by person
     * @since 0.1 (SPI: a default method, so existing stores keep working)
     */
    default Map<PersonId, Household> findByMembers(Collection<PersonId> persons) {
        Map<PersonId, Household> out = new HashMap<>();
        for (PersonId id : java.util.Objects.requireNonNull(persons, "persons")) {
            java.util.Objects.requireNonNull(id, "person");
            if (!out.containsKey(id)) {
                findByMember(id).ifPresent(h -> out.put(id, h));
            }
        }
        return out;
    }

    /**
     * The household of the member with an identity number.
     *
     * @param idNumber the identity number
     * @return the household, or empty (also in a scoped view when it lies outside the scope)
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
     * @throws RegionAccessException in a scoped view, if the household is outside the scope, or
     *     the save would touch a record the view cannot see: a stored household of that identifier
     *     outside the scope, a member stored outside the scope or outside any household, an
     *     identity number stored for such a person
     * @throws ValueTooLongException if a text is longer than {@link StorageLimits} allow
     */
    Household save(Household household, WriteContext context);

    /**
     * Saves many households atomically, in batches where the store can.
     *
     * @param households the households
     * @param context who and why
     * @return the stored households, in the given order
     * @throws DuplicateRecordException also if one person is a member of two households of the
     *     batch, or two members of the batch have the same identity number ({@link #checkBatch})
     * @throws StorageException as {@link #save}; if any fails, none is written
     */
    List<Household> saveAll(Collection<Household> households, WriteContext context);

    /**
     * Checks a batch of households for {@link #saveAll} before anything is written (批内重复检查):
     * no person may be a member of two households of the batch, and no two members of the batch
     * may have the same identity number. Stores call this first, so that such a batch never
     * reaches a database's unique index, whose error would quote the row. The message names the
     * positions in the batch, never the person or the number.
     *
     * @param households the batch
     * @throws DuplicateRecordException if the batch breaks one of these rules
     */
    static void checkBatch(List<Household> households) {
        Map<PersonId, int[]> persons = new HashMap<>();
        Map<IdNumber, int[]> numbers = new HashMap<>();
        for (int h = 0; h < households.size(); h++) {
            List<Member> members = households.get(h).members();
            for (int m = 0; m < members.size(); m++) {
                Person p = members.get(m).person();
                int[] here = {h, m};
                int[] earlier = persons.putIfAbsent(p.id(), here);
                if (earlier != null && earlier[0] != h) {
                    throw new DuplicateRecordException(EntityType.PERSON, where(households, earlier) + " and "
                            + where(households, here) + " are the same person, a member of two households of one "
                            + "batch; nothing was written (同一人员在同一批次中属于两个家庭，未写入)");
                }
                if (earlier == null && p.idNumber().isPresent()) {
                    int[] same = numbers.putIfAbsent(p.idNumber().get(), here);
                    if (same != null) {
                        throw new DuplicateRecordException(EntityType.PERSON, where(households, same) + " and "
                                + where(households, here) + " have the same identity number; nothing was written "
                                + "(同一批次中两名人员的身份证号码相同，未写入)");
                    }
                }
            }
        }
    }

    private static String where(List<Household> households, int[] at) {
        return "households[" + at[0] + "] (" + households.get(at[0]).id() + ").members[" + at[1] + "]";
    }
}
