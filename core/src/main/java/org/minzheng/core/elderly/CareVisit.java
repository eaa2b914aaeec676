package org.minzheng.core.elderly;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordBuilder;
import org.minzheng.core.service.ServiceRecordChecks;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.service.ServiceRecordKind;

/**
 * A care visit (关爱巡访记录) to an empty-nest or living-alone older person: who visited, when, what
 * was found, the risks seen and the follow-up agreed. Visit frequency is a regional standard.
 *
 * <p>Invariants (canonical constructor): id, subject (a person), region, visitor, visit date,
 * living arrangement and findings present; version not negative. With a day given to the
 * {@linkplain #builder() builder}, the visit date not after it. {@code toString} shows no
 * findings or follow-up.
 *
 * @param id the identifier (服务记录编号)
 * @param subject whom the service was for (服务对象): the older person
 * @param region the region where the service was given (服务地区)
 * @param caseId the case the service belongs to (关联业务), if any
 * @param visitor who visited (巡访人员)
 * @param visitedOn the visit date (巡访日期)
 * @param livingArrangement how the person lives (居住状况)
 * @param findings what was found (巡访情况)
 * @param risks the risks seen (发现的风险), possibly none; unmodifiable, in declaration order
 * @param followUp the follow-up agreed (后续跟进措施), if any
 * @param version the version for optimistic locking (版本号), maintained by the storage
 */
public record CareVisit(ServiceRecordId id, SubjectRef subject, RegionCode region, Optional<CaseId> caseId,
        String visitor, LocalDate visitedOn, LivingArrangement livingArrangement, String findings,
        Set<CareRisk> risks, Optional<String> followUp, long version) implements ServiceRecord {

    /**
     * Checks every rule and reports all violations at once.
     *
     * @throws InvalidRecordException listing every violation found
     * @throws NullPointerException if an optional component is {@code null} rather than empty
     */
    public CareVisit {
        Objects.requireNonNull(followUp, "followUp");
        Violations v = ServiceRecordChecks.shared(id, subject, SubjectKind.PERSON, region, caseId, version);
        v.notBlank("visitor", visitor);
        v.required("visitedOn", visitedOn);
        v.required("livingArrangement", livingArrangement);
        v.notBlank("findings", findings);
        ServiceRecordChecks.elements(v, "risks", risks, null);
        v.throwIfAny();
        risks = ServiceRecordChecks.enumSet(CareRisk.class, risks);
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
        return ServiceRecordKind.CARE_VISIT;
    }

    /** {@return the visit date} */
    @Override
    public LocalDate date() {
        return visitedOn;
    }

    @Override
    public CareVisit withVersion(long version) {
        return toBuilder().version(version).build();
    }

    /** {@return identifiers, region, date and version: no findings, no follow-up} */
    @Override
    public String toString() {
        return ServiceRecordChecks.describe(this);
    }

    /** Builder of {@link CareVisit}: the shared setters are {@link ServiceRecordBuilder}'s. */
    public static final class Builder extends ServiceRecordBuilder<Builder, CareVisit> {
        private String visitor;
        private LocalDate visitedOn;
        private LivingArrangement livingArrangement;
        private String findings;
        private final Set<CareRisk> risks = EnumSet.noneOf(CareRisk.class);
        private Optional<String> followUp = Optional.empty();

        private Builder() {
        }

        private Builder(CareVisit r) {
            super(r);
            visitor = r.visitor;
            visitedOn = r.visitedOn;
            livingArrangement = r.livingArrangement;
            findings = r.findings;
            risks.addAll(r.risks);
            followUp = r.followUp;
        }

        /**
         * Sets who visited (巡访人员).
         *
         * @param value the visitor
         * @return this builder
         */
        public Builder visitor(String value) {
            visitor = Objects.requireNonNull(value, "visitor");
            return this;
        }

        /**
         * Sets the visit date (巡访日期).
         *
         * @param value the date
         * @return this builder
         */
        public Builder visitedOn(LocalDate value) {
            visitedOn = Objects.requireNonNull(value, "visitedOn");
            return this;
        }

        /**
         * Sets how the person lives (居住状况).
         *
         * @param value the living arrangement
         * @return this builder
         */
        public Builder livingArrangement(LivingArrangement value) {
            livingArrangement = Objects.requireNonNull(value, "livingArrangement");
            return this;
        }

        /**
         * Sets what was found (巡访情况).
         *
         * @param value the findings
         * @return this builder
         */
        public Builder findings(String value) {
            findings = Objects.requireNonNull(value, "findings");
            return this;
        }

        /**
         * Adds a risk seen (发现的风险).
         *
         * @param value the risk
         * @return this builder
         */
        public Builder risk(CareRisk value) {
            risks.add(Objects.requireNonNull(value, "risk"));
            return this;
        }

        /**
         * Replaces the risks seen (发现的风险).
         *
         * @param values the risks, possibly none
         * @return this builder
         */
        public Builder risks(Set<CareRisk> values) {
            List<CareRisk> copy = List.copyOf(values);
            risks.clear();
            risks.addAll(copy);
            return this;
        }

        /**
         * Sets the follow-up agreed (后续跟进措施).
         *
         * @param value the follow-up
         * @return this builder
         */
        public Builder followUp(String value) {
            followUp = Optional.of(Objects.requireNonNull(value, "followUp"));
            return this;
        }

        /**
         * Sets or clears the follow-up agreed (后续跟进措施).
         *
         * @param value the follow-up, or empty
         * @return this builder
         */
        public Builder followUp(Optional<String> value) {
            followUp = Objects.requireNonNull(value, "followUp");
            return this;
        }

        @Override
        protected CareVisit create(ServiceRecordId id, SubjectRef subject, RegionCode region,
                Optional<CaseId> caseId, long version) {
            return new CareVisit(id, subject, region, caseId, visitor, visitedOn, livingArrangement, findings,
                    risks, followUp, version);
        }

        @Override
        protected void dates(BiConsumer<String, LocalDate> check) {
            check.accept("visitedOn", visitedOn);
        }
    }
}
