package org.minzheng.core.elderly;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.service.ServiceRecordKind;

/**
 * A care visit (关爱巡访记录) to an empty-nest or living-alone older person: who visited, when, what
 * was found, the risks seen and the follow-up agreed. Visit frequency is a regional standard.
 *
 * <p>Invariants ({@link Builder#build()}): id, subject (a person), region, visitor, visit date,
 * living arrangement and findings present; the date not in the future when a date is given;
 * version not negative. {@code toString} does not show findings or follow-up.
 */
public final class CareVisit implements ServiceRecord {

    private final ServiceRecordId id;
    private final SubjectRef subject;
    private final RegionCode region;
    private final CaseId caseId;  // nullable
    private final String visitor;
    private final LocalDate visitedOn;
    private final LivingArrangement livingArrangement;
    private final String findings;
    private final Set<CareRisk> risks;
    private final String followUp;  // nullable
    private final long version;

    private CareVisit(Builder b) {
        this.id = b.id;
        this.subject = b.subject;
        this.region = b.region;
        this.caseId = b.caseId;
        this.visitor = b.visitor;
        this.visitedOn = b.visitedOn;
        this.livingArrangement = b.livingArrangement;
        this.findings = b.findings;
        this.risks = Collections.unmodifiableSet(copyRisks(b.risks));
        this.followUp = b.followUp;
        this.version = b.version;
    }

    private static Set<CareRisk> copyRisks(Set<CareRisk> values) {
        EnumSet<CareRisk> s = EnumSet.noneOf(CareRisk.class);
        s.addAll(values);
        return s;
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
        b.visitor = visitor;
        b.visitedOn = visitedOn;
        b.livingArrangement = livingArrangement;
        b.findings = findings;
        b.risks.addAll(risks);
        b.followUp = followUp;
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
     * Whom the service was for (服务对象): the older person.
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
     * Who visited (巡访人员).
     *
     * @return the value
     */
    public String visitor() {
        return visitor;
    }

    /**
     * The visit date (巡访日期).
     *
     * @return the value
     */
    public LocalDate visitedOn() {
        return visitedOn;
    }

    /**
     * How the person lives (居住状况).
     *
     * @return the value
     */
    public LivingArrangement livingArrangement() {
        return livingArrangement;
    }

    /**
     * What was found (巡访情况).
     *
     * @return the value
     */
    public String findings() {
        return findings;
    }

    /**
     * The risks seen (发现的风险), possibly none.
     *
     * @return an unmodifiable set
     */
    public Set<CareRisk> risks() {
        return risks;
    }

    /**
     * The follow-up agreed (后续跟进措施).
     *
     * @return the value, if recorded
     */
    public Optional<String> followUp() {
        return Optional.ofNullable(followUp);
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
    public CareVisit withVersion(long version) {
        return toBuilder().version(version).build();
    }

    @Override
    public ServiceRecordKind kind() {
        return ServiceRecordKind.CARE_VISIT;
    }

    @Override
    public LocalDate date() {
        return visitedOn;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof CareVisit o)) {
            return false;
        }
        return Objects.equals(id, o.id) && Objects.equals(subject, o.subject) && Objects.equals(region, o.region) && Objects.equals(caseId, o.caseId) && Objects.equals(visitor, o.visitor) && Objects.equals(visitedOn, o.visitedOn) && Objects.equals(livingArrangement, o.livingArrangement) && Objects.equals(findings, o.findings) && Objects.equals(risks, o.risks) && Objects.equals(followUp, o.followUp) && version == o.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, subject, region, caseId, visitor, visitedOn, livingArrangement, findings, risks, followUp, version);
    }

    /**
     * A description without personal data: identifiers, region, date and version only.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "CareVisit[" + "id=" + id + ", " + "subject=" + subject + ", " + "region=" + region + ", " + "version=" + version + "]";
    }

    /**
     * Builder of {@link CareVisit}. Setters reject {@code null} at once; {@link #build()} checks
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
        private String visitor;
        private LocalDate visitedOn;
        private LivingArrangement livingArrangement;
        private String findings;
        private final Set<CareRisk> risks = EnumSet.noneOf(CareRisk.class);
        private String followUp;
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
         * Sets: Whom the service was for (服务对象): the older person.
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
         * Sets: Who visited (巡访人员).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder visitor(String value) {
            this.visitor = Objects.requireNonNull(value, "visitor");
            return this;
        }

        /**
         * Sets: The visit date (巡访日期).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder visitedOn(LocalDate value) {
            this.visitedOn = Objects.requireNonNull(value, "visitedOn");
            return this;
        }

        /**
         * Sets: How the person lives (居住状况).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder livingArrangement(LivingArrangement value) {
            this.livingArrangement = Objects.requireNonNull(value, "livingArrangement");
            return this;
        }

        /**
         * Sets: What was found (巡访情况).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder findings(String value) {
            this.findings = Objects.requireNonNull(value, "findings");
            return this;
        }

        /**
         * Adds to: The risks seen (发现的风险), possibly none.
         *
         * @param value the element
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder risk(CareRisk value) {
            risks.add(Objects.requireNonNull(value, "risk"));
            return this;
        }

        /**
         * Replaces: The risks seen (发现的风险), possibly none.
         *
         * @param values the elements
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder risks(Set<CareRisk> values) {
            List<CareRisk> copy = List.copyOf(values);
            risks.clear();
            risks.addAll(copy);
            return this;
        }

        /**
         * Sets: The follow-up agreed (后续跟进措施).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder followUp(String value) {
            this.followUp = Objects.requireNonNull(value, "followUp");
            return this;
        }

        /**
         * Sets or clears: The follow-up agreed (后续跟进措施).
         *
         * @param value the value, or empty
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder followUp(Optional<String> value) {
            this.followUp = Objects.requireNonNull(value, "followUp").orElse(null);
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
        public CareVisit build() {
            Violations v = new Violations();
            LocalDate now = today != null ? today : clock != null ? LocalDate.now(clock) : null;
            v.required("id", id);
            v.required("subject", subject);
            v.required("region", region);
            v.notBlank("visitor", visitor);
            v.required("visitedOn", visitedOn);
            v.notInFuture("visitedOn", visitedOn, now);
            v.required("livingArrangement", livingArrangement);
            v.notBlank("findings", findings);
            v.nonNegative("version", version);
            if (subject != null && subject.kind() != org.minzheng.core.program.SubjectKind.PERSON) {
                v.add("subject", "subject-kind", "服务对象应为个人",
                        "The subject must be a person");
            }
            v.throwIfAny();
            return new CareVisit(this);
        }
    }
}
