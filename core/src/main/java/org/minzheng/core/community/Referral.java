package org.minzheng.core.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.Organisation;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.service.ServiceRecordKind;

/**
 * A referral (转介) of a household or person to an organisation or resource that can serve
 * them, one of the five parties of 五社联动.
 *
 * <p>Invariants ({@link Builder#build()}): id, subject, region, referral date, organisation,
 * partner kind and reason present; the date not in the future when a date is given; version not
 * negative. {@link #date()} is the referral date.
 */
public final class Referral implements ServiceRecord {

    private final ServiceRecordId id;
    private final SubjectRef subject;
    private final RegionCode region;
    private final CaseId caseId;  // nullable
    private final LocalDate referredOn;
    private final Organisation organisation;
    private final PartnerKind partner;
    private final String reason;
    private final String outcome;  // nullable
    private final long version;

    private Referral(Builder b) {
        this.id = b.id;
        this.subject = b.subject;
        this.region = b.region;
        this.caseId = b.caseId;
        this.referredOn = b.referredOn;
        this.organisation = b.organisation;
        this.partner = b.partner;
        this.reason = b.reason;
        this.outcome = b.outcome;
        this.version = b.version;
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this record.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.subject = subject;
        b.region = region;
        b.caseId = caseId;
        b.referredOn = referredOn;
        b.organisation = organisation;
        b.partner = partner;
        b.reason = reason;
        b.outcome = outcome;
        b.version = version;
        return b;
    }

    /**
     * The identifier (服务记录编号).
     *
     * @return the value
     */
    @Override
    public ServiceRecordId id() {
        return id;
    }

    /**
     * Whom the service was for (服务对象): the household or person.
     *
     * @return the value
     */
    @Override
    public SubjectRef subject() {
        return subject;
    }

    /**
     * The region where the service was given (服务地区).
     *
     * @return the value
     */
    @Override
    public RegionCode region() {
        return region;
    }

    /**
     * The case the service belongs to (关联业务), if any.
     *
     * @return the value, if recorded
     */
    public Optional<CaseId> caseId() {
        return Optional.ofNullable(caseId);
    }

    /**
     * The referral date (转介日期).
     *
     * @return the value
     */
    public LocalDate referredOn() {
        return referredOn;
    }

    /**
     * The organisation referred to (承接机构).
     *
     * @return the value
     */
    public Organisation organisation() {
        return organisation;
    }

    /**
     * Which of the five parties it is (五社类别).
     *
     * @return the value
     */
    public PartnerKind partner() {
        return partner;
    }

    /**
     * Why (转介事由).
     *
     * @return the value
     */
    public String reason() {
        return reason;
    }

    /**
     * The outcome (转介结果), once known.
     *
     * @return the value, if recorded
     */
    public Optional<String> outcome() {
        return Optional.ofNullable(outcome);
    }

    /**
     * The version for optimistic locking (版本号), maintained by the storage.
     *
     * @return the value
     */
    @Override
    public long version() {
        return version;
    }

    /**
     * A copy with another version (版本号), e.g. after the storage saved it.
     *
     * @param version the new version, not negative
     * @return the copy
     * @throws InvalidRecordException if {@code version} is negative
     */
    @Override
    public Referral withVersion(long version) {
        return toBuilder().version(version).build();
    }

    @Override
    public ServiceRecordKind kind() {
        return ServiceRecordKind.REFERRAL;
    }

    @Override
    public LocalDate date() {
        return referredOn;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Referral o)) {
            return false;
        }
        return Objects.equals(id, o.id) && Objects.equals(subject, o.subject) && Objects.equals(region, o.region) && Objects.equals(caseId, o.caseId) && Objects.equals(referredOn, o.referredOn) && Objects.equals(organisation, o.organisation) && Objects.equals(partner, o.partner) && Objects.equals(reason, o.reason) && Objects.equals(outcome, o.outcome) && version == o.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, subject, region, caseId, referredOn, organisation, partner, reason, outcome, version);
    }

    /**
     * A description without personal data: identifiers, region, date and version only.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Referral[" + "id=" + id + ", " + "subject=" + subject + ", " + "region=" + region + ", " + "version=" + version + "]";
    }

    /**
     * Builder of {@link Referral}. Setters reject {@code null} at once; {@link #build()} checks
     * every other rule and reports all violations together in an {@link InvalidRecordException}.
     * With {@link #asOf} or {@link #clock} dates after that day are rejected
     * ({@code not-in-future}); without either, that check does not run (rebuilding stored
     * records, tests). Not thread-safe.
     */
    public static final class Builder {
        private ServiceRecordId id;
        private SubjectRef subject;
        private RegionCode region;
        private CaseId caseId;
        private LocalDate referredOn;
        private Organisation organisation;
        private PartnerKind partner;
        private String reason;
        private String outcome;
        private long version;
        private LocalDate today;
        private Clock clock;

        private Builder() {
        }

        /**
         * Sets: The identifier (服务记录编号).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder id(ServiceRecordId value) {
            this.id = Objects.requireNonNull(value, "id");
            return this;
        }

        /**
         * Sets: Whom the service was for (服务对象): the household or person.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder subject(SubjectRef value) {
            this.subject = Objects.requireNonNull(value, "subject");
            return this;
        }

        /**
         * Sets: The region where the service was given (服务地区).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder region(RegionCode value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        /**
         * Sets: The case the service belongs to (关联业务), if any.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder caseId(CaseId value) {
            this.caseId = Objects.requireNonNull(value, "caseId");
            return this;
        }

        /**
         * Sets or clears: The case the service belongs to (关联业务), if any.
         *
         * @param value the value, or empty
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder caseId(Optional<CaseId> value) {
            this.caseId = Objects.requireNonNull(value, "caseId").orElse(null);
            return this;
        }

        /**
         * Sets: The referral date (转介日期).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder referredOn(LocalDate value) {
            this.referredOn = Objects.requireNonNull(value, "referredOn");
            return this;
        }

        /**
         * Sets: The organisation referred to (承接机构).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder organisation(Organisation value) {
            this.organisation = Objects.requireNonNull(value, "organisation");
            return this;
        }

        /**
         * Sets: Which of the five parties it is (五社类别).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder partner(PartnerKind value) {
            this.partner = Objects.requireNonNull(value, "partner");
            return this;
        }

        /**
         * Sets: Why (转介事由).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder reason(String value) {
            this.reason = Objects.requireNonNull(value, "reason");
            return this;
        }

        /**
         * Sets: The outcome (转介结果), once known.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder outcome(String value) {
            this.outcome = Objects.requireNonNull(value, "outcome");
            return this;
        }

        /**
         * Sets or clears: The outcome (转介结果), once known.
         *
         * @param value the value, or empty
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder outcome(Optional<String> value) {
            this.outcome = Objects.requireNonNull(value, "outcome").orElse(null);
            return this;
        }

        /**
         * Sets the version for optimistic locking (default 0; must not be negative).
         *
         * @param value the version
         * @return this builder
         */
        public Builder version(long value) {
            this.version = value;
            return this;
        }

        /**
         * Rejects dates after this day.
         *
         * @param value today's date
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder asOf(LocalDate value) {
            this.today = Objects.requireNonNull(value, "asOf");
            this.clock = null;
            return this;
        }

        /**
         * Rejects dates after this clock's day (read once, in {@code build()}).
         *
         * @param value the clock
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            this.today = null;
            return this;
        }

        /**
         * Builds the record, checking every invariant.
         *
         * @return the record
         * @throws InvalidRecordException listing every violation found
         */
        public Referral build() {
            Violations v = new Violations();
            LocalDate now = today != null ? today : clock != null ? LocalDate.now(clock) : null;
            v.required("id", id);
            v.required("subject", subject);
            v.required("region", region);
            v.required("referredOn", referredOn);
            v.notInFuture("referredOn", referredOn, now);
            v.required("organisation", organisation);
            v.required("partner", partner);
            v.notBlank("reason", reason);
            v.nonNegative("version", version);
            v.throwIfAny();
            return new Referral(this);
        }
    }
}
