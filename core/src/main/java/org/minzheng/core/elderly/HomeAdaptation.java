package org.minzheng.core.elderly;

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
 * A home adaptation (居家适老化改造记录) for a special-hardship older person's household: the items
 * done with their costs, the contractor and the completion date (民发〔2020〕86号).
 *
 * <p>Invariants (canonical constructor): id, subject (a household), region and assessment date
 * present; at least one item; completion not before the assessment ({@code order}); version not
 * negative. With a day given to the {@linkplain #builder() builder}, no date after it.
 * {@link #date()} is the assessment date.
 *
 * @param id the identifier (服务记录编号)
 * @param subject whom the service was for (服务对象): the household
 * @param region the region where the service was given (服务地区)
 * @param caseId the case the service belongs to (关联业务), if any
 * @param assessedOn the date of the needs assessment (入户评估日期)
 * @param items the items done (改造项目); unmodifiable
 * @param contractor the contractor (施工单位), if recorded
 * @param completedOn the completion date (完工日期), empty while in progress
 * @param version the version for optimistic locking (版本号), maintained by the storage
 */
public record HomeAdaptation(ServiceRecordId id, SubjectRef subject, RegionCode region, Optional<CaseId> caseId,
        LocalDate assessedOn, List<AdaptationItem> items, Optional<Organisation> contractor,
        Optional<LocalDate> completedOn, long version) implements ServiceRecord {

    /**
     * Checks every rule and reports all violations at once.
     *
     * @throws InvalidRecordException listing every violation found
     * @throws NullPointerException if an optional component is {@code null} rather than empty
     */
    public HomeAdaptation {
        Objects.requireNonNull(contractor, "contractor");
        Objects.requireNonNull(completedOn, "completedOn");
        Violations v = ServiceRecordChecks.shared(id, subject, SubjectKind.HOUSEHOLD, region, caseId, version);
        if (v.required("assessedOn", assessedOn) && completedOn.filter(assessedOn::isAfter).isPresent()) {
            v.add("completedOn", "order", "完工日期早于评估日期", "Completion is before the assessment");
        }
        ServiceRecordChecks.elements(v, "items", items, "改造项目");
        v.throwIfAny();
        items = List.copyOf(items);
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
        return ServiceRecordKind.HOME_ADAPTATION;
    }

    /** {@return the assessment date} */
    @Override
    public LocalDate date() {
        return assessedOn;
    }

    /**
     * The total cost (改造费用合计).
     *
     * @return the sum of the items' costs
     */
    public Money cost() {
        Money sum = Money.ZERO;
        for (AdaptationItem i : items) {
            sum = sum.plus(i.cost());
        }
        return sum;
    }

    @Override
    public HomeAdaptation withVersion(long version) {
        return toBuilder().version(version).build();
    }

    /** {@return identifiers, region, date and version} */
    @Override
    public String toString() {
        return ServiceRecordChecks.describe(this);
    }

    /** Builder of {@link HomeAdaptation}: the shared setters are {@link ServiceRecordBuilder}'s. */
    public static final class Builder extends ServiceRecordBuilder<Builder, HomeAdaptation> {
        private LocalDate assessedOn;
        private final List<AdaptationItem> items = new ArrayList<>();
        private Optional<Organisation> contractor = Optional.empty();
        private Optional<LocalDate> completedOn = Optional.empty();

        private Builder() {
        }

        private Builder(HomeAdaptation r) {
            super(r);
            assessedOn = r.assessedOn;
            items.addAll(r.items);
            contractor = r.contractor;
            completedOn = r.completedOn;
        }

        /**
         * Sets the date of the needs assessment (入户评估日期).
         *
         * @param value the date
         * @return this builder
         */
        public Builder assessedOn(LocalDate value) {
            assessedOn = Objects.requireNonNull(value, "assessedOn");
            return this;
        }

        /**
         * Adds an item done (改造项目).
         *
         * @param value the item
         * @return this builder
         */
        public Builder item(AdaptationItem value) {
            items.add(Objects.requireNonNull(value, "item"));
            return this;
        }

        /**
         * Replaces the items done (改造项目).
         *
         * @param values the items
         * @return this builder
         */
        public Builder items(List<AdaptationItem> values) {
            List<AdaptationItem> copy = List.copyOf(values);
            items.clear();
            items.addAll(copy);
            return this;
        }

        /**
         * Sets the contractor (施工单位).
         *
         * @param value the contractor
         * @return this builder
         */
        public Builder contractor(Organisation value) {
            contractor = Optional.of(Objects.requireNonNull(value, "contractor"));
            return this;
        }

        /**
         * Sets or clears the contractor (施工单位).
         *
         * @param value the contractor, or empty
         * @return this builder
         */
        public Builder contractor(Optional<Organisation> value) {
            contractor = Objects.requireNonNull(value, "contractor");
            return this;
        }

        /**
         * Sets the completion date (完工日期).
         *
         * @param value the date
         * @return this builder
         */
        public Builder completedOn(LocalDate value) {
            completedOn = Optional.of(Objects.requireNonNull(value, "completedOn"));
            return this;
        }

        /**
         * Sets or clears the completion date (完工日期), empty while in progress.
         *
         * @param value the date, or empty
         * @return this builder
         */
        public Builder completedOn(Optional<LocalDate> value) {
            completedOn = Objects.requireNonNull(value, "completedOn");
            return this;
        }

        @Override
        protected HomeAdaptation create(ServiceRecordId id, SubjectRef subject, RegionCode region,
                Optional<CaseId> caseId, long version) {
            return new HomeAdaptation(id, subject, region, caseId, assessedOn, items, contractor, completedOn,
                    version);
        }

        @Override
        protected void dates(BiConsumer<String, LocalDate> check) {
            check.accept("assessedOn", assessedOn);
            check.accept("completedOn", completedOn.orElse(null));
        }
    }
}
