package org.minzheng.core.elderly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.Organisation;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.service.ServiceRecordKind;

/**
 * An enrolment in accident insurance for older people (老年人意外伤害保险参保记录,
 * 安康关爱行动) for one policy year: premium, who pays it and the insurer. Premiums are paid by the
 * government for special-hardship elderly aged 60+, optionally by others.
 *
 * <p>Invariants ({@link Builder#build()}): id, subject (a person), region, year, premium, payer
 * and enrolment date present; premium not negative; enrolment date not in the future when a date
 * is given; version not negative. {@link #date()} is the enrolment date.
 */
public final class AccidentInsuranceEnrolment implements ServiceRecord {

    private final ServiceRecordId id;
    private final SubjectRef subject;
    private final RegionCode region;
    private final CaseId caseId;  // nullable
    private final Year year;
    private final Money premium;
    private final PremiumPayer payer;
    private final Organisation insurer;  // nullable
    private final LocalDate enrolledOn;
    private final long version;

    private AccidentInsuranceEnrolment(Builder b) {
        this.id = b.id;
        this.subject = b.subject;
        this.region = b.region;
        this.caseId = b.caseId;
        this.year = b.year;
        this.premium = b.premium;
        this.payer = b.payer;
        this.insurer = b.insurer;
        this.enrolledOn = b.enrolledOn;
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
        b.year = year;
        b.premium = premium;
        b.payer = payer;
        b.insurer = insurer;
        b.enrolledOn = enrolledOn;
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
     * Whom the service was for (服务对象): the insured person.
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
     * The policy year (保险年度).
     *
     * @return the value
     */
    public Year year() {
        return year;
    }

    /**
     * The premium (保费).
     *
     * @return the value
     */
    public Money premium() {
        return premium;
    }

    /**
     * Who pays the premium (保费承担方).
     *
     * @return the value
     */
    public PremiumPayer payer() {
        return payer;
    }

    /**
     * The insurer (承保机构).
     *
     * @return the value, if recorded
     */
    public Optional<Organisation> insurer() {
        return Optional.ofNullable(insurer);
    }

    /**
     * The enrolment date (参保日期).
     *
     * @return the value
     */
    public LocalDate enrolledOn() {
        return enrolledOn;
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
    public AccidentInsuranceEnrolment withVersion(long version) {
        return toBuilder().version(version).build();
    }

    @Override
    public ServiceRecordKind kind() {
        return ServiceRecordKind.ACCIDENT_INSURANCE_ENROLMENT;
    }

    @Override
    public LocalDate date() {
        return enrolledOn;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof AccidentInsuranceEnrolment o)) {
            return false;
        }
        return Objects.equals(id, o.id) && Objects.equals(subject, o.subject) && Objects.equals(region, o.region) && Objects.equals(caseId, o.caseId) && Objects.equals(year, o.year) && Objects.equals(premium, o.premium) && Objects.equals(payer, o.payer) && Objects.equals(insurer, o.insurer) && Objects.equals(enrolledOn, o.enrolledOn) && version == o.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, subject, region, caseId, year, premium, payer, insurer, enrolledOn, version);
    }

    /**
     * A description without personal data: identifiers, region, date and version only.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "AccidentInsuranceEnrolment[" + "id=" + id + ", " + "subject=" + subject + ", " + "region=" + region + ", " + "version=" + version + ", " + "year=" + year + "]";
    }

    /**
     * Builder of {@link AccidentInsuranceEnrolment}. Setters reject {@code null} at once; {@link #build()} checks
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
        private Year year;
        private Money premium;
        private PremiumPayer payer;
        private Organisation insurer;
        private LocalDate enrolledOn;
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
         * Sets: Whom the service was for (服务对象): the insured person.
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
         * Sets: The policy year (保险年度).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder year(Year value) {
            this.year = Objects.requireNonNull(value, "year");
            return this;
        }

        /**
         * Sets: The premium (保费).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder premium(Money value) {
            this.premium = Objects.requireNonNull(value, "premium");
            return this;
        }

        /**
         * Sets: Who pays the premium (保费承担方).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder payer(PremiumPayer value) {
            this.payer = Objects.requireNonNull(value, "payer");
            return this;
        }

        /**
         * Sets: The insurer (承保机构).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder insurer(Organisation value) {
            this.insurer = Objects.requireNonNull(value, "insurer");
            return this;
        }

        /**
         * Sets or clears: The insurer (承保机构).
         *
         * @param value the value, or empty
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder insurer(Optional<Organisation> value) {
            this.insurer = Objects.requireNonNull(value, "insurer").orElse(null);
            return this;
        }

        /**
         * Sets: The enrolment date (参保日期).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder enrolledOn(LocalDate value) {
            this.enrolledOn = Objects.requireNonNull(value, "enrolledOn");
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
        public AccidentInsuranceEnrolment build() {
            Violations v = new Violations();
            LocalDate now = today != null ? today : clock != null ? LocalDate.now(clock) : null;
            v.required("id", id);
            v.required("subject", subject);
            v.required("region", region);
            v.required("year", year);
            v.required("premium", premium);
            v.required("payer", payer);
            v.required("enrolledOn", enrolledOn);
            v.notInFuture("enrolledOn", enrolledOn, now);
            v.nonNegative("version", version);
            if (subject != null && subject.kind() != org.minzheng.core.program.SubjectKind.PERSON) {
                v.add("subject", "subject-kind", "服务对象应为个人",
                        "The subject must be a person");
            }
            if (premium != null && premium.isNegative()) {
                v.add("premium", "non-negative", "保费不能为负数", "A premium must not be negative");
            }
            v.throwIfAny();
            return new AccidentInsuranceEnrolment(this);
        }
    }
}
