package org.minzheng.core.children;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * A case service plan for a child (个案服务计划): the assessment of the child's environment and
 * needs, the goals, the linked resources and the reviews, kept by a social worker.
 *
 * <p>Invariants (canonical constructor): id, subject (the child), region, worker, creation date
 * and assessment present; at least one need and one goal, none blank; reviews not before the
 * creation date and in date order ({@code order}); version not negative. With a day given to the
 * {@linkplain #builder() builder}, no date after it. {@link #date()} is the creation date.
 * {@code toString} shows no assessment text.
 *
 * @param id the identifier (服务记录编号)
 * @param subject whom the service was for (服务对象): the child
 * @param region the region where the service was given (服务地区)
 * @param caseId the case the service belongs to (关联业务), if any
 * @param worker the responsible social worker (责任社工)
 * @param createdOn the date the plan was made (制定日期)
 * @param assessment the assessment of the child's environment and needs (需求评估)
 * @param needs the needs found (服务需求); unmodifiable
 * @param goals the goals (服务目标); unmodifiable
 * @param resources the linked resources (链接资源); unmodifiable
 * @param reviews the reviews, oldest first (评估回访); unmodifiable
 * @param version the version for optimistic locking (版本号), maintained by the storage
 */
public record CaseServicePlan(ServiceRecordId id, SubjectRef subject, RegionCode region, Optional<CaseId> caseId,
        String worker, LocalDate createdOn, String assessment, List<String> needs, List<String> goals,
        List<LinkedResource> resources, List<PlanReview> reviews, long version) implements ServiceRecord {

    /**
     * Checks every rule and reports all violations at once.
     *
     * @throws InvalidRecordException listing every violation found
     * @throws NullPointerException if {@code caseId} is {@code null} rather than empty
     */
    public CaseServicePlan {
        Violations v = ServiceRecordChecks.shared(id, subject, SubjectKind.PERSON, region, caseId, version);
        v.notBlank("worker", worker);
        v.required("createdOn", createdOn);
        v.notBlank("assessment", assessment);
        texts(v, "needs", needs, "服务需求");
        texts(v, "goals", goals, "服务目标");
        ServiceRecordChecks.elements(v, "resources", resources, null);
        if (ServiceRecordChecks.elements(v, "reviews", reviews, null)) {
            LocalDate previous = createdOn;
            for (int i = 0; i < reviews.size(); i++) {
                LocalDate d = reviews.get(i).date();
                if (previous != null && d.isBefore(previous)) {
                    v.add("reviews[" + i + "].date", "order", "回访日期早于计划制定日期或上一次回访",
                            "A review is dated before the plan or the previous review");
                }
                previous = d;
            }
        }
        v.throwIfAny();
        needs = List.copyOf(needs);
        goals = List.copyOf(goals);
        resources = List.copyOf(resources);
        reviews = List.copyOf(reviews);
    }

    private static void texts(Violations v, String path, List<String> values, String nameZh) {
        if (ServiceRecordChecks.elements(v, path, values, nameZh)) {
            for (int i = 0; i < values.size(); i++) {
                v.notBlank(path + "[" + i + "]", values.get(i));
            }
        }
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
        return ServiceRecordKind.CASE_SERVICE_PLAN;
    }

    /** {@return the creation date} */
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
    public CaseServicePlan withVersion(long version) {
        return toBuilder().version(version).build();
    }

    /** {@return identifiers, region, date and version: no worker, no assessment} */
    @Override
    public String toString() {
        return ServiceRecordChecks.describe(this);
    }

    /** Builder of {@link CaseServicePlan}: the shared setters are {@link ServiceRecordBuilder}'s. */
    public static final class Builder extends ServiceRecordBuilder<Builder, CaseServicePlan> {
        private String worker;
        private LocalDate createdOn;
        private String assessment;
        private final List<String> needs = new ArrayList<>();
        private final List<String> goals = new ArrayList<>();
        private final List<LinkedResource> resources = new ArrayList<>();
        private final List<PlanReview> reviews = new ArrayList<>();

        private Builder() {
        }

        private Builder(CaseServicePlan r) {
            super(r);
            worker = r.worker;
            createdOn = r.createdOn;
            assessment = r.assessment;
            needs.addAll(r.needs);
            goals.addAll(r.goals);
            resources.addAll(r.resources);
            reviews.addAll(r.reviews);
        }

        private static <T> void replace(List<T> target, List<T> values) {
            List<T> copy = List.copyOf(values);
            target.clear();
            target.addAll(copy);
        }

        /**
         * Sets the responsible social worker (责任社工).
         *
         * @param value a name or staff number
         * @return this builder
         */
        public Builder worker(String value) {
            worker = Objects.requireNonNull(value, "worker");
            return this;
        }

        /**
         * Sets the date the plan was made (制定日期).
         *
         * @param value the date
         * @return this builder
         */
        public Builder createdOn(LocalDate value) {
            createdOn = Objects.requireNonNull(value, "createdOn");
            return this;
        }

        /**
         * Sets the assessment of the child's environment and needs (需求评估).
         *
         * @param value the assessment
         * @return this builder
         */
        public Builder assessment(String value) {
            assessment = Objects.requireNonNull(value, "assessment");
            return this;
        }

        /**
         * Adds a need found (服务需求).
         *
         * @param value the need
         * @return this builder
         */
        public Builder need(String value) {
            needs.add(Objects.requireNonNull(value, "need"));
            return this;
        }

        /**
         * Replaces the needs found (服务需求).
         *
         * @param values the needs
         * @return this builder
         */
        public Builder needs(List<String> values) {
            replace(needs, values);
            return this;
        }

        /**
         * Adds a goal (服务目标).
         *
         * @param value the goal
         * @return this builder
         */
        public Builder goal(String value) {
            goals.add(Objects.requireNonNull(value, "goal"));
            return this;
        }

        /**
         * Replaces the goals (服务目标).
         *
         * @param values the goals
         * @return this builder
         */
        public Builder goals(List<String> values) {
            replace(goals, values);
            return this;
        }

        /**
         * Adds a linked resource (链接资源).
         *
         * @param value the resource
         * @return this builder
         */
        public Builder resource(LinkedResource value) {
            resources.add(Objects.requireNonNull(value, "resource"));
            return this;
        }

        /**
         * Replaces the linked resources (链接资源).
         *
         * @param values the resources
         * @return this builder
         */
        public Builder resources(List<LinkedResource> values) {
            replace(resources, values);
            return this;
        }

        /**
         * Adds a review (评估回访), after the others.
         *
         * @param value the review
         * @return this builder
         */
        public Builder review(PlanReview value) {
            reviews.add(Objects.requireNonNull(value, "review"));
            return this;
        }

        /**
         * Replaces the reviews, oldest first (评估回访).
         *
         * @param values the reviews
         * @return this builder
         */
        public Builder reviews(List<PlanReview> values) {
            replace(reviews, values);
            return this;
        }

        @Override
        protected CaseServicePlan create(ServiceRecordId id, SubjectRef subject, RegionCode region,
                Optional<CaseId> caseId, long version) {
            return new CaseServicePlan(id, subject, region, caseId, worker, createdOn, assessment, needs, goals,
                    resources, reviews, version);
        }

        @Override
        protected void dates(BiConsumer<String, LocalDate> check) {
            check.accept("createdOn", createdOn);
            for (int i = 0; i < reviews.size(); i++) {
                check.accept("reviews[" + i + "].date", reviews.get(i).date());
            }
        }
    }
}
