package org.minzheng.core.community;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.Organisation;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordBuilder;
import org.minzheng.core.service.ServiceRecordChecks;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.service.ServiceRecordKind;

/**
 * A referral (转介) of a household or person to an organisation or resource that can serve
 * them, one of the five parties of 五社联动.
 *
 * <p>Invariants (canonical constructor): id, subject (household or person), region, referral
 * date, organisation, partner kind and reason present; version not negative. With a day given to
 * the {@linkplain #builder() builder}, the referral date not after it. {@link #date()} is the
 * referral date. {@code toString} shows no reason or outcome.
 *
 * @param id the identifier (服务记录编号)
 * @param subject whom the service was for (服务对象): the household or person
 * @param region the region where the service was given (服务地区)
 * @param caseId the case the service belongs to (关联业务), if any
 * @param referredOn the referral date (转介日期)
 * @param organisation the organisation referred to (承接机构)
 * @param partner which of the five parties it is (五社类别)
 * @param reason why (转介事由)
 * @param outcome the outcome (转介结果), once known
 * @param version the version for optimistic locking (版本号), maintained by the storage
 */
public record Referral(ServiceRecordId id, SubjectRef subject, RegionCode region, Optional<CaseId> caseId,
        LocalDate referredOn, Organisation organisation, PartnerKind partner, String reason,
        Optional<String> outcome, long version) implements ServiceRecord {

    /**
     * Checks every rule and reports all violations at once.
     *
     * @throws InvalidRecordException listing every violation found
     * @throws NullPointerException if an optional component is {@code null} rather than empty
     */
    public Referral {
        Objects.requireNonNull(outcome, "outcome");
        Violations v = ServiceRecordChecks.shared(id, subject, null, region, caseId, version);
        v.required("referredOn", referredOn);
        v.required("organisation", organisation);
        v.required("partner", partner);
        v.notBlank("reason", reason);
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
        return ServiceRecordKind.REFERRAL;
    }

    /** {@return the referral date} */
    @Override
    public LocalDate date() {
        return referredOn;
    }

    @Override
    public Referral withVersion(long version) {
        return toBuilder().version(version).build();
    }

    /** {@return identifiers, region, date and version: no reason, no outcome} */
    @Override
    public String toString() {
        return ServiceRecordChecks.describe(this);
    }

    /** Builder of {@link Referral}: the shared setters are {@link ServiceRecordBuilder}'s. */
    public static final class Builder extends ServiceRecordBuilder<Builder, Referral> {
        private LocalDate referredOn;
        private Organisation organisation;
        private PartnerKind partner;
        private String reason;
        private Optional<String> outcome = Optional.empty();

        private Builder() {
        }

        private Builder(Referral r) {
            super(r);
            referredOn = r.referredOn;
            organisation = r.organisation;
            partner = r.partner;
            reason = r.reason;
            outcome = r.outcome;
        }

        /**
         * Sets the referral date (转介日期).
         *
         * @param value the date
         * @return this builder
         */
        public Builder referredOn(LocalDate value) {
            referredOn = Objects.requireNonNull(value, "referredOn");
            return this;
        }

        /**
         * Sets the organisation referred to (承接机构).
         *
         * @param value the organisation
         * @return this builder
         */
        public Builder organisation(Organisation value) {
            organisation = Objects.requireNonNull(value, "organisation");
            return this;
        }

        /**
         * Sets which of the five parties it is (五社类别).
         *
         * @param value the partner kind
         * @return this builder
         */
        public Builder partner(PartnerKind value) {
            partner = Objects.requireNonNull(value, "partner");
            return this;
        }

        /**
         * Sets why (转介事由).
         *
         * @param value the reason
         * @return this builder
         */
        public Builder reason(String value) {
            reason = Objects.requireNonNull(value, "reason");
            return this;
        }

        /**
         * Sets the outcome (转介结果).
         *
         * @param value the outcome
         * @return this builder
         */
        public Builder outcome(String value) {
            outcome = Optional.of(Objects.requireNonNull(value, "outcome"));
            return this;
        }

        /**
         * Sets or clears the outcome (转介结果).
         *
         * @param value the outcome, or empty
         * @return this builder
         */
        public Builder outcome(Optional<String> value) {
            outcome = Objects.requireNonNull(value, "outcome");
            return this;
        }

        @Override
        protected Referral create(ServiceRecordId id, SubjectRef subject, RegionCode region,
                Optional<CaseId> caseId, long version) {
            return new Referral(id, subject, region, caseId, referredOn, organisation, partner, reason, outcome,
                    version);
        }

        @Override
        protected void dates(BiConsumer<String, LocalDate> check) {
            check.accept("referredOn", referredOn);
        }
    }
}
