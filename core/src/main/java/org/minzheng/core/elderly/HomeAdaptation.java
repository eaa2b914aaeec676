package org.minzheng.core.elderly;

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
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.service.Organisation;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.service.ServiceRecordKind;

/**
 * A home adaptation (居家适老化改造记录) for a special-hardship older person's household: the items
 * done with their costs, the contractor and the completion date (民发〔2020〕86号).
 *
 * <p>Invariants ({@link Builder#build()}): id, subject (a household), region and assessment date
 * present; at least one item; completion not before the assessment ({@code order}); no date in
 * the future when a date is given; version not negative. {@link #date()} is the assessment date.
 */
public final class HomeAdaptation implements ServiceRecord {

    private final ServiceRecordId id;
    private final SubjectRef subject;
    private final RegionCode region;
    private final CaseId caseId;  // nullable
    private final LocalDate assessedOn;
    private final List<AdaptationItem> items;
    private final Organisation contractor;  // nullable
    private final LocalDate completedOn;  // nullable
    private final long version;

    private HomeAdaptation(Builder b) {
        this.id = b.id;
        this.subject = b.subject;
        this.region = b.region;
        this.caseId = b.caseId;
        this.assessedOn = b.assessedOn;
        this.items = List.copyOf(b.items);
        this.contractor = b.contractor;
        this.completedOn = b.completedOn;
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
        b.assessedOn = assessedOn;
        b.items.addAll(items);
        b.contractor = contractor;
        b.completedOn = completedOn;
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
     * Whom the service was for (服务对象): the household.
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
     * The date of the needs assessment (入户评估日期).
     *
     * @return the value
     */
    public LocalDate assessedOn() {
        return assessedOn;
    }

    /**
     * The items done (改造项目).
     *
     * @return an unmodifiable list
     */
    public List<AdaptationItem> items() {
        return items;
    }

    /**
     * The contractor (施工单位).
     *
     * @return the value, if recorded
     */
    public Optional<Organisation> contractor() {
        return Optional.ofNullable(contractor);
    }

    /**
     * The completion date (完工日期), empty while in progress.
     *
     * @return the value, if recorded
     */
    public Optional<LocalDate> completedOn() {
        return Optional.ofNullable(completedOn);
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
    public HomeAdaptation withVersion(long version) {
        return toBuilder().version(version).build();
    }

    @Override
    public ServiceRecordKind kind() {
        return ServiceRecordKind.HOME_ADAPTATION;
    }

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
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof HomeAdaptation o)) {
            return false;
        }
        return Objects.equals(id, o.id) && Objects.equals(subject, o.subject) && Objects.equals(region, o.region) && Objects.equals(caseId, o.caseId) && Objects.equals(assessedOn, o.assessedOn) && Objects.equals(items, o.items) && Objects.equals(contractor, o.contractor) && Objects.equals(completedOn, o.completedOn) && version == o.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, subject, region, caseId, assessedOn, items, contractor, completedOn, version);
    }

    /**
     * A description without personal data: identifiers, region, date and version only.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "HomeAdaptation[" + "id=" + id + ", " + "subject=" + subject + ", " + "region=" + region + ", " + "version=" + version + "]";
    }

    /**
     * Builder of {@link HomeAdaptation}. Setters reject {@code null} at once; {@link #build()} checks
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
        private LocalDate assessedOn;
        private final List<AdaptationItem> items = new ArrayList<>();
        private Organisation contractor;
        private LocalDate completedOn;
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
         * Sets: Whom the service was for (服务对象): the household.
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
         * Sets: The date of the needs assessment (入户评估日期).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder assessedOn(LocalDate value) {
            this.assessedOn = Objects.requireNonNull(value, "assessedOn");
            return this;
        }

        /**
         * Adds to: The items done (改造项目).
         *
         * @param value the element
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder item(AdaptationItem value) {
            items.add(Objects.requireNonNull(value, "item"));
            return this;
        }

        /**
         * Replaces: The items done (改造项目).
         *
         * @param values the elements
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder items(List<AdaptationItem> values) {
            List<AdaptationItem> copy = List.copyOf(values);
            items.clear();
            items.addAll(copy);
            return this;
        }

        /**
         * Sets: The contractor (施工单位).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder contractor(Organisation value) {
            this.contractor = Objects.requireNonNull(value, "contractor");
            return this;
        }

        /**
         * Sets or clears: The contractor (施工单位).
         *
         * @param value the value, or empty
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder contractor(Optional<Organisation> value) {
            this.contractor = Objects.requireNonNull(value, "contractor").orElse(null);
            return this;
        }

        /**
         * Sets: The completion date (完工日期), empty while in progress.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder completedOn(LocalDate value) {
            this.completedOn = Objects.requireNonNull(value, "completedOn");
            return this;
        }

        /**
         * Sets or clears: The completion date (完工日期), empty while in progress.
         *
         * @param value the value, or empty
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder completedOn(Optional<LocalDate> value) {
            this.completedOn = Objects.requireNonNull(value, "completedOn").orElse(null);
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
        public HomeAdaptation build() {
            Violations v = new Violations();
            LocalDate now = today != null ? today : clock != null ? LocalDate.now(clock) : null;
            v.required("id", id);
            v.required("subject", subject);
            v.required("region", region);
            v.required("assessedOn", assessedOn);
            v.notInFuture("assessedOn", assessedOn, now);
            if (items.isEmpty()) {
                v.add("items", "required", "改造项目不能为空", "At least one element is required: items");
            }
            v.notInFuture("completedOn", completedOn, now);
            v.nonNegative("version", version);
            if (subject != null && subject.kind() != org.minzheng.core.program.SubjectKind.HOUSEHOLD) {
                v.add("subject", "subject-kind", "服务对象应为家庭",
                        "The subject must be a household");
            }
            if (assessedOn != null && completedOn != null && completedOn.isBefore(assessedOn)) {
                v.add("completedOn", "order", "完工日期早于评估日期", "Completion is before the assessment");
            }
            v.throwIfAny();
            return new HomeAdaptation(this);
        }
    }
}
