package org.minzheng.spi.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;

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
}
