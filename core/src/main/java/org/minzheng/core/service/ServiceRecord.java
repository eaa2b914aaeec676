package org.minzheng.core.service;

import java.time.LocalDate;
import java.util.Optional;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.SubjectRef;

/**
 * A record of a service given (服务记录): a home-care visit, a care visit, a home adaptation, an
 * insurance enrolment, a guardianship confirmation, a case service plan or a referral. What all
 * of them share, so that storage, reports and region-scoped access can treat them alike.
 *
 * <p>Implementations are immutable records, one per kind, in {@code org.minzheng.core.elderly}
 * ({@code HomeCareVisit}, {@code CareVisit}, {@code HomeAdaptation},
 * {@code AccidentInsuranceEnrolment}), {@code org.minzheng.core.children}
 * ({@code GuardianshipConfirmation}, {@code CaseServicePlan}) and
 * {@code org.minzheng.core.community} ({@code Referral}); {@link #kind()} tells them apart. Each
 * starts with the components declared here ({@code id}, {@code subject}, {@code region},
 * {@code caseId}), then its own, then {@code version}. Its canonical constructor checks every
 * rule and reports all violations at once ({@link ServiceRecordChecks}); its
 * {@code builder()} ({@link ServiceRecordBuilder}) names the components and adds the
 * "not in the future" check against a given day. {@code toString} shows no personal data.
 */
public interface ServiceRecord {

    /**
     * The identifier (服务记录编号).
     *
     * @return the identifier
     */
    ServiceRecordId id();

    /**
     * The kind of record.
     *
     * @return the kind
     */
    ServiceRecordKind kind();

    /**
     * Whom the service was for (服务对象).
     *
     * @return the household or person
     */
    SubjectRef subject();

    /**
     * The region where the service was given (服务地区).
     *
     * @return the region code
     */
    RegionCode region();

    /**
     * The date the record is counted on in reports (记录日期): the visit day, the signing day…
     *
     * @return the date
     */
    LocalDate date();

    /**
     * The case the service belongs to (关联业务), if any.
     *
     * @return the case identifier
     */
    Optional<CaseId> caseId();

    /**
     * The version for optimistic locking (版本号), maintained by the storage.
     *
     * @return the version
     */
    long version();

    /**
     * A copy of this record with another version (版本号), for storages that assign versions.
     *
     * @param version the new version, not negative
     * @return the copy, of the same class
     * @throws org.minzheng.core.invariant.InvalidRecordException if {@code version} is negative
     */
    ServiceRecord withVersion(long version);
}
