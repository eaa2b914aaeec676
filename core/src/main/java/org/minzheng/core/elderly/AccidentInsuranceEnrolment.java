package org.minzheng.core.elderly;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.Organisation;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordBuilder;
import org.minzheng.core.service.ServiceRecordChecks;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.service.ServiceRecordKind;

/**
 * An enrolment in accident insurance for older people (老年人意外伤害保险参保记录,
 * 安康关爱行动) for one policy year: premium, who pays it and the insurer. Premiums are paid by the
 * government for special-hardship elderly aged 60+, optionally by others.
 *
 * <p>Invariants (canonical constructor): id, subject (a person), region, year, premium, payer
 * and enrolment date present; premium not negative; version not negative. With a day given to
 * the {@linkplain #builder() builder}, the enrolment date not after it. {@link #date()} is the
 * enrolment date.
 *
 * @param id the identifier (服务记录编号)
 * @param subject whom the service was for (服务对象): the insured person
 * @param region the region where the service was given (服务地区)
 * @param caseId the case the service belongs to (关联业务), if any
 * @param year the policy year (保险年度)
 * @param premium the premium (保费)
 * @param payer who pays the premium (保费承担方)
 * @param insurer the insurer (承保机构), if recorded
 * @param enrolledOn the enrolment date (参保日期)
 * @param version the version for optimistic locking (版本号), maintained by the storage
 */
public record AccidentInsuranceEnrolment(ServiceRecordId id, SubjectRef subject, RegionCode region,
        Optional<CaseId> caseId, Year year, Money premium, PremiumPayer payer, Optional<Organisation> insurer,
        LocalDate enrolledOn, long version) implements ServiceRecord {

    /**
     * Checks every rule and reports all violations at once.
     *
     * @throws InvalidRecordException listing every violation found
     * @throws NullPointerException if an optional component is {@code null} rather than empty
     */
    public AccidentInsuranceEnrolment {
        Objects.requireNonNull(insurer, "insurer");
        Violations v = ServiceRecordChecks.shared(id, subject, SubjectKind.PERSON, region, caseId, version);
        v.required("year", year);
        if (v.required("premium", premium) && premium.isNegative()) {
            v.add("premium", "non-negative", "保费不能为负数", "A premium must not be negative");
        }
        v.required("payer", payer);
        v.required("enrolledOn", enrolledOn);
        v.throwIfAny();
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
     * A builder holding every component of this record.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public ServiceRecordKind kind() {
        return ServiceRecordKind.ACCIDENT_INSURANCE_ENROLMENT;
    }

    /** {@return the enrolment date} */
    @Override
    public LocalDate date() {
        return enrolledOn;
    }

    @Override
    public AccidentInsuranceEnrolment withVersion(long version) {
        return toBuilder().version(version).build();
    }

    /** {@return identifiers, region, date and version} */
    @Override
    public String toString() {
        return ServiceRecordChecks.describe(this);
    }

    /**
     * Builder of {@link AccidentInsuranceEnrolment}: the shared setters are
     * {@link ServiceRecordBuilder}'s.
     */
    public static final class Builder extends ServiceRecordBuilder<Builder, AccidentInsuranceEnrolment> {
        private Year year;
        private Money premium;
        private PremiumPayer payer;
        private Optional<Organisation> insurer = Optional.empty();
        private LocalDate enrolledOn;

        private Builder() {
        }

        private Builder(AccidentInsuranceEnrolment r) {
            super(r);
            year = r.year;
            premium = r.premium;
            payer = r.payer;
            insurer = r.insurer;
            enrolledOn = r.enrolledOn;
        }

        /**
         * Sets the policy year (保险年度).
         *
         * @param value the year
         * @return this builder
         */
        public Builder year(Year value) {
            year = Objects.requireNonNull(value, "year");
            return this;
        }

        /**
         * Sets the premium (保费).
         *
         * @param value the premium
         * @return this builder
         */
        public Builder premium(Money value) {
            premium = Objects.requireNonNull(value, "premium");
            return this;
        }

        /**
         * Sets who pays the premium (保费承担方).
         *
         * @param value the payer
         * @return this builder
         */
        public Builder payer(PremiumPayer value) {
            payer = Objects.requireNonNull(value, "payer");
            return this;
        }

        /**
         * Sets the insurer (承保机构).
         *
         * @param value the insurer
         * @return this builder
         */
        public Builder insurer(Organisation value) {
            insurer = Optional.of(Objects.requireNonNull(value, "insurer"));
            return this;
        }

        /**
         * Sets or clears the insurer (承保机构).
         *
         * @param value the insurer, or empty
         * @return this builder
         */
        public Builder insurer(Optional<Organisation> value) {
            insurer = Objects.requireNonNull(value, "insurer");
            return this;
        }

        /**
         * Sets the enrolment date (参保日期).
         *
         * @param value the date
         * @return this builder
         */
        public Builder enrolledOn(LocalDate value) {
            enrolledOn = Objects.requireNonNull(value, "enrolledOn");
            return this;
        }

        @Override
        protected AccidentInsuranceEnrolment create(ServiceRecordId id, SubjectRef subject, RegionCode region,
                Optional<CaseId> caseId, long version) {
            return new AccidentInsuranceEnrolment(id, subject, region, caseId, year, premium, payer, insurer,
                    enrolledOn, version);
        }

        @Override
        protected void dates(BiConsumer<String, LocalDate> check) {
            check.accept("enrolledOn", enrolledOn);
        }
    }
}
