package org.minzheng.spi.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.service.ServiceRecordKind;

/**
 * Service records (服务记录): home-care visits, care visits, home adaptations, insurance
 * enrolments, guardianship confirmations, case service plans, referrals.
 */
public interface ServiceRecordRepository {

    /**
     * Finds a service record by identifier.
     *
     * @param id the identifier
     * @return the record, or empty if not stored or (in a scoped view) outside the scope
     */
    Optional<ServiceRecord> find(ServiceRecordId id);

    /**
     * The records of one subject, by date and identifier.
     *
     * @param subject the household or person served
     * @return the records; in a scoped view, only those inside the scope
     */
    List<ServiceRecord> findBySubject(SubjectRef subject);

    /**
     * Streams the records of a region or inside it dated in a half-open interval, by date and
     * identifier. Close the stream.
     *
     * @param region the region
     * @param fromInclusive first date
     * @param toExclusive end date
     * @return the records
     * @throws RegionAccessException in a scoped view, if the region is not inside the scope
     */
    Stream<ServiceRecord> streamByRegion(RegionCode region, LocalDate fromInclusive, LocalDate toExclusive);

    /**
     * The stored records among the given identifiers, read as a set: what {@link #find} gives for each, without a
     * round trip per record. Identifiers not stored (or, in a scoped view, outside the scope) are absent from the
     * map. The default calls {@link #find} for each; a store that can read a set in a few queries should (the JDBC
     * store reads them by chunks of identifiers).
     *
     * @param ids the identifiers (duplicates are read once)
     * @return the records found, by identifier
     * @since 0.1 (SPI: a default method, so existing stores keep working)
     */
    default java.util.Map<ServiceRecordId, ServiceRecord> findAll(java.util.Collection<ServiceRecordId> ids) {
        java.util.Map<ServiceRecordId, ServiceRecord> out = new java.util.HashMap<>();
        for (ServiceRecordId id : java.util.Objects.requireNonNull(ids, "ids")) {
            java.util.Objects.requireNonNull(id, "id");
            if (!out.containsKey(id)) {
                find(id).ifPresent(r -> out.put(id, r));
            }
        }
        return out;
    }

    /**
     * Streams the records of the given kinds in a region or inside it dated in a half-open interval, by date and
     * identifier, as {@link #streamByRegion(RegionCode, LocalDate, LocalDate)} filtered by kind. The runtime reads
     * the region's records this way, asking only for the kinds its programs read (most records — home-care visits,
     * care visits, insurance enrolments — are read by none). The default filters the unfiltered stream; a store that
     * can select by kind without decoding the other records should (the JDBC store does). Close the stream.
     *
     * @param region the region
     * @param fromInclusive first date
     * @param toExclusive end date
     * @param kinds the kinds wanted; empty gives an empty stream
     * @return the records
     * @throws RegionAccessException in a scoped view, if the region is not inside the scope
     * @since 0.1 (SPI: a default method, so existing stores keep working)
     */
    default Stream<ServiceRecord> streamByRegion(RegionCode region, LocalDate fromInclusive, LocalDate toExclusive,
                                                 Set<ServiceRecordKind> kinds) {
        Set<ServiceRecordKind> wanted = Set.copyOf(java.util.Objects.requireNonNull(kinds, "kinds"));
        Stream<ServiceRecord> all = streamByRegion(region, fromInclusive, toExclusive);
        return wanted.isEmpty() ? all.filter(r -> false) : all.filter(r -> wanted.contains(r.kind()));
    }

    /**
     * Stores a new record (version 0) or a new version of a stored one.
     *
     * @param <T> the kind of record
     * @param serviceRecord the record
     * @param context who and why
     * @return the stored record with its new version
     * @throws StaleVersionException if the record was changed since it was read
     * @throws RegionAccessException in a scoped view, if the record is outside the scope, a stored
     *     record of that identifier is outside it, or the record's subject (or its case, if it
     *     names one) is not a record the view can see
     * @throws ValueTooLongException if a text is too long
     */
    <T extends ServiceRecord> T save(T serviceRecord, WriteContext context);

    /**
     * Stores several records with one context, each as {@link #save} stores it (new records at version 0, a new
     * version of a stored one). The default calls {@link #save} for each, so it is all or none only inside a
     * transaction ({@link Storage#inTransaction}); a store that can write the batch in a few statements should, all
     * or none (the JDBC store does, with one audit insert for the batch, except in a scoped view, where it saves
     * record by record).
     *
     * @param records the records, each identifier at most once
     * @param context who and why
     * @return the stored records with their new versions, in the order given
     * @throws IllegalArgumentException if an identifier appears twice
     * @throws StaleVersionException if a record was changed since it was read
     * @throws RegionAccessException in a scoped view, as {@link #save}
     * @throws ValueTooLongException if a text is too long
     * @since 0.1 (SPI: a default method, so existing stores keep working)
     */
    default List<ServiceRecord> saveAll(java.util.Collection<? extends ServiceRecord> records, WriteContext context) {
        List<ServiceRecord> copy = List.copyOf(java.util.Objects.requireNonNull(records, "records"));
        java.util.Objects.requireNonNull(context, "context");
        Set<ServiceRecordId> seen = new java.util.HashSet<>();
        for (ServiceRecord r : copy) {
            if (!seen.add(r.id())) {
                throw new IllegalArgumentException("service record " + r.id() + " appears twice in one saveAll");
            }
        }
        List<ServiceRecord> out = new java.util.ArrayList<>(copy.size());
        for (ServiceRecord r : copy) {
            out.add(save(r, context));
        }
        return out;
    }
}
