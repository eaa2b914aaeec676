package org.minzheng.core.children;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.service.ServiceRecordKind;

/**
 * An entrusted-guardianship confirmation (委托监护责任确认书) for a rural left-behind child
 * (国发〔2016〕13号): who the entrusted guardian is, their relation to the child, the signing date
 * and the term.
 *
 * <p>Invariants ({@link Builder#build()}): id, subject (the child), region, guardian name,
 * relation, signing date and term start present; the term end not before its start
 * ({@code order}); the signing date not in the future when a date is given; version not negative.
 * {@link #date()} is the signing date. {@code toString} does not show the guardian.
 */
public final class GuardianshipConfirmation implements ServiceRecord {

    private final ServiceRecordId id;
    private final SubjectRef subject;
    private final RegionCode region;
    private final CaseId caseId;  // nullable
    private final String guardianName;
    private final IdNumber guardianIdNumber;  // nullable
    private final GuardianRelation guardianRelation;
    private final LocalDate signedOn;
    private final LocalDate termStart;
    private final LocalDate termEnd;  // nullable
    private final long version;

    private GuardianshipConfirmation(Builder b) {
        this.id = b.id;
        this.subject = b.subject;
        this.region = b.region;
        this.caseId = b.caseId;
        this.guardianName = b.guardianName;
        this.guardianIdNumber = b.guardianIdNumber;
        this.guardianRelation = b.guardianRelation;
        this.signedOn = b.signedOn;
        this.termStart = b.termStart;
        this.termEnd = b.termEnd;
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
        b.guardianName = guardianName;
        b.guardianIdNumber = guardianIdNumber;
        b.guardianRelation = guardianRelation;
        b.signedOn = signedOn;
        b.termStart = termStart;
        b.termEnd = termEnd;
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
     * Whom the service was for (服务对象): the child.
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
     * The entrusted guardian's name (受托监护人姓名). Personal data.
     *
     * @return the value
     */
    public String guardianName() {
        return guardianName;
    }

    /**
     * The entrusted guardian's identity number.
     *
     * @return the value, if recorded
     */
    public Optional<IdNumber> guardianIdNumber() {
        return Optional.ofNullable(guardianIdNumber);
    }

    /**
     * The relation of the guardian to the child.
     *
     * @return the value
     */
    public GuardianRelation guardianRelation() {
        return guardianRelation;
    }

    /**
     * The signing date (签订日期).
     *
     * @return the value
     */
    public LocalDate signedOn() {
        return signedOn;
    }

    /**
     * The first day of the entrustment (委托期限起).
     *
     * @return the value
     */
    public LocalDate termStart() {
        return termStart;
    }

    /**
     * The last day of the entrustment (委托期限止), empty if open-ended.
     *
     * @return the value, if recorded
     */
    public Optional<LocalDate> termEnd() {
        return Optional.ofNullable(termEnd);
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
    public GuardianshipConfirmation withVersion(long version) {
        return toBuilder().version(version).build();
    }

    @Override
    public ServiceRecordKind kind() {
        return ServiceRecordKind.GUARDIANSHIP_CONFIRMATION;
    }

    @Override
    public LocalDate date() {
        return signedOn;
    }

    /**
     * Whether the entrustment is in force on a date.
     *
     * @param date the date
     * @return {@code true} if the date lies within the term
     */
    public boolean inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(termStart) && (termEnd == null || !date.isAfter(termEnd));
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof GuardianshipConfirmation o)) {
            return false;
        }
        return Objects.equals(id, o.id) && Objects.equals(subject, o.subject) && Objects.equals(region, o.region) && Objects.equals(caseId, o.caseId) && Objects.equals(guardianName, o.guardianName) && Objects.equals(guardianIdNumber, o.guardianIdNumber) && Objects.equals(guardianRelation, o.guardianRelation) && Objects.equals(signedOn, o.signedOn) && Objects.equals(termStart, o.termStart) && Objects.equals(termEnd, o.termEnd) && version == o.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, subject, region, caseId, guardianName, guardianIdNumber, guardianRelation, signedOn, termStart, termEnd, version);
    }

    /**
     * A description without personal data: identifiers, region, date and version only.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "GuardianshipConfirmation[" + "id=" + id + ", " + "subject=" + subject + ", " + "region=" + region + ", " + "version=" + version + "]";
    }

    /**
     * Builder of {@link GuardianshipConfirmation}. Setters reject {@code null} at once; {@link #build()} checks
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
        private String guardianName;
        private IdNumber guardianIdNumber;
        private GuardianRelation guardianRelation;
        private LocalDate signedOn;
        private LocalDate termStart;
        private LocalDate termEnd;
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
         * Sets: Whom the service was for (服务对象): the child.
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
         * Sets: The entrusted guardian's name (受托监护人姓名). Personal data.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder guardianName(String value) {
            this.guardianName = Objects.requireNonNull(value, "guardianName");
            return this;
        }

        /**
         * Sets: The entrusted guardian's identity number.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder guardianIdNumber(IdNumber value) {
            this.guardianIdNumber = Objects.requireNonNull(value, "guardianIdNumber");
            return this;
        }

        /**
         * Sets or clears: The entrusted guardian's identity number.
         *
         * @param value the value, or empty
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder guardianIdNumber(Optional<IdNumber> value) {
            this.guardianIdNumber = Objects.requireNonNull(value, "guardianIdNumber").orElse(null);
            return this;
        }

        /**
         * Sets: The relation of the guardian to the child.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder guardianRelation(GuardianRelation value) {
            this.guardianRelation = Objects.requireNonNull(value, "guardianRelation");
            return this;
        }

        /**
         * Sets: The signing date (签订日期).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder signedOn(LocalDate value) {
            this.signedOn = Objects.requireNonNull(value, "signedOn");
            return this;
        }

        /**
         * Sets: The first day of the entrustment (委托期限起).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder termStart(LocalDate value) {
            this.termStart = Objects.requireNonNull(value, "termStart");
            return this;
        }

        /**
         * Sets: The last day of the entrustment (委托期限止), empty if open-ended.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder termEnd(LocalDate value) {
            this.termEnd = Objects.requireNonNull(value, "termEnd");
            return this;
        }

        /**
         * Sets or clears: The last day of the entrustment (委托期限止), empty if open-ended.
         *
         * @param value the value, or empty
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder termEnd(Optional<LocalDate> value) {
            this.termEnd = Objects.requireNonNull(value, "termEnd").orElse(null);
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
        public GuardianshipConfirmation build() {
            Violations v = new Violations();
            LocalDate now = today != null ? today : clock != null ? LocalDate.now(clock) : null;
            v.required("id", id);
            v.required("subject", subject);
            v.required("region", region);
            v.notBlank("guardianName", guardianName);
            v.required("guardianRelation", guardianRelation);
            v.required("signedOn", signedOn);
            v.notInFuture("signedOn", signedOn, now);
            v.required("termStart", termStart);
            v.nonNegative("version", version);
            if (subject != null && subject.kind() != org.minzheng.core.program.SubjectKind.PERSON) {
                v.add("subject", "subject-kind", "服务对象应为个人",
                        "The subject must be a person");
            }
            if (termStart != null && termEnd != null && termEnd.isBefore(termStart)) {
                v.add("termEnd", "order", "委托期限止日早于起日", "The term ends before it starts");
            }
            v.throwIfAny();
            return new GuardianshipConfirmation(this);
        }
    }
}
