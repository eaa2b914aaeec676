package org.minzheng.core.children;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.service.ServiceRecordKind;

/**
 * A case service plan for a child (个案服务计划): the assessment of the child's environment and
 * needs, the goals, the linked resources and the reviews, kept by a social worker.
 *
 * <p>Invariants ({@link Builder#build()}): id, subject (the child), region, worker, creation date
 * and assessment present; at least one need and one goal; reviews not before the creation date
 * and in date order ({@code order}); no date in the future when a date is given; version not
 * negative. {@link #date()} is the creation date. {@code toString} shows no assessment text.
 */
public final class CaseServicePlan implements ServiceRecord {

    private final ServiceRecordId id;
    private final SubjectRef subject;
    private final RegionCode region;
    private final CaseId caseId;  // nullable
    private final String worker;
    private final LocalDate createdOn;
    private final String assessment;
    private final List<String> needs;
    private final List<String> goals;
    private final List<LinkedResource> resources;
    private final List<PlanReview> reviews;
    private final long version;

    private CaseServicePlan(Builder b) {
        this.id = b.id;
        this.subject = b.subject;
        this.region = b.region;
        this.caseId = b.caseId;
        this.worker = b.worker;
        this.createdOn = b.createdOn;
        this.assessment = b.assessment;
        this.needs = List.copyOf(b.needs);
        this.goals = List.copyOf(b.goals);
        this.resources = List.copyOf(b.resources);
        this.reviews = List.copyOf(b.reviews);
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
        b.worker = worker;
        b.createdOn = createdOn;
        b.assessment = assessment;
        b.needs.addAll(needs);
        b.goals.addAll(goals);
        b.resources.addAll(resources);
        b.reviews.addAll(reviews);
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
     * The responsible social worker (责任社工).
     *
     * @return the value
     */
    public String worker() {
        return worker;
    }

    /**
     * The date the plan was made (制定日期).
     *
     * @return the value
     */
    public LocalDate createdOn() {
        return createdOn;
    }

    /**
     * The assessment of the child's environment and needs (需求评估).
     *
     * @return the value
     */
    public String assessment() {
        return assessment;
    }

    /**
     * The needs found (服务需求).
     *
     * @return an unmodifiable list
     */
    public List<String> needs() {
        return needs;
    }

    /**
     * The goals (服务目标).
     *
     * @return an unmodifiable list
     */
    public List<String> goals() {
        return goals;
    }

    /**
     * The linked resources (链接资源).
     *
     * @return an unmodifiable list
     */
    public List<LinkedResource> resources() {
        return resources;
    }

    /**
     * The reviews, oldest first (评估回访).
     *
     * @return an unmodifiable list
     */
    public List<PlanReview> reviews() {
        return reviews;
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
    public CaseServicePlan withVersion(long version) {
        return toBuilder().version(version).build();
    }

    @Override
    public ServiceRecordKind kind() {
        return ServiceRecordKind.CASE_SERVICE_PLAN;
    }

    @Override
    public LocalDate date() {
        return createdOn;
    }

    /**
     * Whether the last review closed the plan (已结案).
     *
     * @return {@code true} if closed
     */
    public boolean isClosed() {
        return !reviews.isEmpty() && reviews.get(reviews.size() - 1).closed();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof CaseServicePlan o)) {
            return false;
        }
        return Objects.equals(id, o.id) && Objects.equals(subject, o.subject) && Objects.equals(region, o.region) && Objects.equals(caseId, o.caseId) && Objects.equals(worker, o.worker) && Objects.equals(createdOn, o.createdOn) && Objects.equals(assessment, o.assessment) && Objects.equals(needs, o.needs) && Objects.equals(goals, o.goals) && Objects.equals(resources, o.resources) && Objects.equals(reviews, o.reviews) && version == o.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, subject, region, caseId, worker, createdOn, assessment, needs, goals, resources, reviews, version);
    }

    /**
     * A description without personal data: identifiers, region, date and version only.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "CaseServicePlan[" + "id=" + id + ", " + "subject=" + subject + ", " + "region=" + region + ", " + "version=" + version + "]";
    }

    /**
     * Builder of {@link CaseServicePlan}. Setters reject {@code null} at once; {@link #build()} checks
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
        private String worker;
        private LocalDate createdOn;
        private String assessment;
        private final List<String> needs = new ArrayList<>();
        private final List<String> goals = new ArrayList<>();
        private final List<LinkedResource> resources = new ArrayList<>();
        private final List<PlanReview> reviews = new ArrayList<>();
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
         * Sets: The responsible social worker (责任社工).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder worker(String value) {
            this.worker = Objects.requireNonNull(value, "worker");
            return this;
        }

        /**
         * Sets: The date the plan was made (制定日期).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder createdOn(LocalDate value) {
            this.createdOn = Objects.requireNonNull(value, "createdOn");
            return this;
        }

        /**
         * Sets: The assessment of the child's environment and needs (需求评估).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder assessment(String value) {
            this.assessment = Objects.requireNonNull(value, "assessment");
            return this;
        }

        /**
         * Adds to: The needs found (服务需求).
         *
         * @param value the element
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder need(String value) {
            needs.add(Objects.requireNonNull(value, "need"));
            return this;
        }

        /**
         * Replaces: The needs found (服务需求).
         *
         * @param values the elements
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder needs(List<String> values) {
            List<String> copy = List.copyOf(values);
            needs.clear();
            needs.addAll(copy);
            return this;
        }

        /**
         * Adds to: The goals (服务目标).
         *
         * @param value the element
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder goal(String value) {
            goals.add(Objects.requireNonNull(value, "goal"));
            return this;
        }

        /**
         * Replaces: The goals (服务目标).
         *
         * @param values the elements
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder goals(List<String> values) {
            List<String> copy = List.copyOf(values);
            goals.clear();
            goals.addAll(copy);
            return this;
        }

        /**
         * Adds to: The linked resources (链接资源).
         *
         * @param value the element
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder resource(LinkedResource value) {
            resources.add(Objects.requireNonNull(value, "resource"));
            return this;
        }

        /**
         * Replaces: The linked resources (链接资源).
         *
         * @param values the elements
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder resources(List<LinkedResource> values) {
            List<LinkedResource> copy = List.copyOf(values);
            resources.clear();
            resources.addAll(copy);
            return this;
        }

        /**
         * Adds to: The reviews, oldest first (评估回访).
         *
         * @param value the element
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder review(PlanReview value) {
            reviews.add(Objects.requireNonNull(value, "review"));
            return this;
        }

        /**
         * Replaces: The reviews, oldest first (评估回访).
         *
         * @param values the elements
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder reviews(List<PlanReview> values) {
            List<PlanReview> copy = List.copyOf(values);
            reviews.clear();
            reviews.addAll(copy);
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
        public CaseServicePlan build() {
            Violations v = new Violations();
            LocalDate now = today != null ? today : clock != null ? LocalDate.now(clock) : null;
            v.required("id", id);
            v.required("subject", subject);
            v.required("region", region);
            v.notBlank("worker", worker);
            v.required("createdOn", createdOn);
            v.notInFuture("createdOn", createdOn, now);
            v.notBlank("assessment", assessment);
            if (needs.isEmpty()) {
                v.add("needs", "required", "服务需求不能为空", "At least one element is required: needs");
            }
            if (goals.isEmpty()) {
                v.add("goals", "required", "服务目标不能为空", "At least one element is required: goals");
            }
            v.nonNegative("version", version);
            if (subject != null && subject.kind() != org.minzheng.core.program.SubjectKind.PERSON) {
                v.add("subject", "subject-kind", "服务对象应为个人",
                        "The subject must be a person");
            }
            for (int i = 0; i < needs.size(); i++) {
                v.notBlank("needs[" + i + "]", needs.get(i));
            }
            for (int i = 0; i < goals.size(); i++) {
                v.notBlank("goals[" + i + "]", goals.get(i));
            }
            LocalDate previous = createdOn;
            for (int i = 0; i < reviews.size(); i++) {
                LocalDate d = reviews.get(i).date();
                if (previous != null && d.isBefore(previous)) {
                    v.add("reviews[" + i + "].date", "order", "回访日期早于计划制定日期或上一次回访",
                            "A review is dated before the plan or the previous review");
                }
                v.notInFuture("reviews[" + i + "].date", d, now);
                previous = d;
            }
            v.throwIfAny();
            return new CaseServicePlan(this);
        }
    }
}
