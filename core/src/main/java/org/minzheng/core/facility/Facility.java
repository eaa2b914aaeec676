package org.minzheng.core.facility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.service.Organisation;

/**
 * A facility (服务设施): an elderly-care institution, a regional or community elderly-care centre, a
 * care centre for disabled persons, a children's care site (关爱之家), a social-work station
 * (社工站) or a community service centre, with its region, operator organisation and, when rated,
 * its grade (养老机构 一级–五级 under GB/T 37276-2018; Jiangsu centres A–5A).
 *
 * <p>Invariants ({@link Builder#build()}): id, kind, name, region and operator present; capacity
 * not negative; opening date not in the future when a date is given; version not negative.
 */
public final class Facility {

    private final FacilityId id;
    private final FacilityKind kind;
    private final String name;
    private final RegionCode region;
    private final Organisation operator;
    private final Grade grade;  // nullable
    private final Integer capacity;  // nullable
    private final LocalDate openedOn;  // nullable
    private final long version;

    private Facility(Builder b) {
        this.id = b.id;
        this.kind = b.kind;
        this.name = b.name;
        this.region = b.region;
        this.operator = b.operator;
        this.grade = b.grade;
        this.capacity = b.capacity;
        this.openedOn = b.openedOn;
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
        b.kind = kind;
        b.name = name;
        b.region = region;
        b.operator = operator;
        b.grade = grade;
        b.capacity = capacity;
        b.openedOn = openedOn;
        b.version = version;
        return b;
    }

    /**
     * The identifier (设施编号).
     *
     * @return the value
     */
    public FacilityId id() {
        return id;
    }

    /**
     * The kind (设施类型).
     *
     * @return the value
     */
    public FacilityKind kind() {
        return kind;
    }

    /**
     * The name (名称).
     *
     * @return the value
     */
    public String name() {
        return name;
    }

    /**
     * The region where it stands (所在地区).
     *
     * @return the value
     */
    public RegionCode region() {
        return region;
    }

    /**
     * The operating organisation (运营机构), by credit code.
     *
     * @return the value
     */
    public Organisation operator() {
        return operator;
    }

    /**
     * The grade (评定等级), if rated.
     *
     * @return the value, if recorded
     */
    public Optional<Grade> grade() {
        return Optional.ofNullable(grade);
    }

    /**
     * The number of beds or places (床位/服务容量), if known.
     *
     * @return the value, if recorded
     */
    public Optional<Integer> capacity() {
        return Optional.ofNullable(capacity);
    }

    /**
     * The opening date (启用日期), if known.
     *
     * @return the value, if recorded
     */
    public Optional<LocalDate> openedOn() {
        return Optional.ofNullable(openedOn);
    }

    /**
     * The version for optimistic locking (版本号), maintained by the storage.
     *
     * @return the value
     */
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
    public Facility withVersion(long version) {
        return toBuilder().version(version).build();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Facility o)) {
            return false;
        }
        return Objects.equals(id, o.id) && Objects.equals(kind, o.kind) && Objects.equals(name, o.name) && Objects.equals(region, o.region) && Objects.equals(operator, o.operator) && Objects.equals(grade, o.grade) && Objects.equals(capacity, o.capacity) && Objects.equals(openedOn, o.openedOn) && version == o.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, name, region, operator, grade, capacity, openedOn, version);
    }

    /**
     * A description without personal data: identifiers, region, date and version only.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Facility[" + "id=" + id + ", " + "kind=" + kind + ", " + "region=" + region + ", " + "grade=" + grade + ", " + "version=" + version + "]";
    }

    /**
     * Builder of {@link Facility}. Setters reject {@code null} at once; {@link #build()} checks
     * every other rule and reports all violations together in an {@link InvalidRecordException}.
     * With {@link #asOf} or {@link #clock} dates after that day are rejected
     * ({@code not-in-future}); without either, that check does not run (rebuilding stored
     * records, tests). Not thread-safe.
     */
    public static final class Builder {
        private FacilityId id;
        private FacilityKind kind;
        private String name;
        private RegionCode region;
        private Organisation operator;
        private Grade grade;
        private Integer capacity;
        private LocalDate openedOn;
        private long version;
        private LocalDate today;
        private Clock clock;

        private Builder() {
        }

        /**
         * Sets: The identifier (设施编号).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder id(FacilityId value) {
            this.id = Objects.requireNonNull(value, "id");
            return this;
        }

        /**
         * Sets: The kind (设施类型).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder kind(FacilityKind value) {
            this.kind = Objects.requireNonNull(value, "kind");
            return this;
        }

        /**
         * Sets: The name (名称).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * Sets: The region where it stands (所在地区).
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
         * Sets: The operating organisation (运营机构), by credit code.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder operator(Organisation value) {
            this.operator = Objects.requireNonNull(value, "operator");
            return this;
        }

        /**
         * Sets: The grade (评定等级), if rated.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder grade(Grade value) {
            this.grade = Objects.requireNonNull(value, "grade");
            return this;
        }

        /**
         * Sets or clears: The grade (评定等级), if rated.
         *
         * @param value the value, or empty
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder grade(Optional<Grade> value) {
            this.grade = Objects.requireNonNull(value, "grade").orElse(null);
            return this;
        }

        /**
         * Sets: The number of beds or places (床位/服务容量), if known.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder capacity(Integer value) {
            this.capacity = Objects.requireNonNull(value, "capacity");
            return this;
        }

        /**
         * Sets or clears: The number of beds or places (床位/服务容量), if known.
         *
         * @param value the value, or empty
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder capacity(Optional<Integer> value) {
            this.capacity = Objects.requireNonNull(value, "capacity").orElse(null);
            return this;
        }

        /**
         * Sets: The opening date (启用日期), if known.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder openedOn(LocalDate value) {
            this.openedOn = Objects.requireNonNull(value, "openedOn");
            return this;
        }

        /**
         * Sets or clears: The opening date (启用日期), if known.
         *
         * @param value the value, or empty
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder openedOn(Optional<LocalDate> value) {
            this.openedOn = Objects.requireNonNull(value, "openedOn").orElse(null);
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
        public Facility build() {
            Violations v = new Violations();
            LocalDate now = today != null ? today : clock != null ? LocalDate.now(clock) : null;
            v.required("id", id);
            v.required("kind", kind);
            v.notBlank("name", name);
            v.required("region", region);
            v.required("operator", operator);
            v.notInFuture("openedOn", openedOn, now);
            v.nonNegative("version", version);
            if (capacity != null && capacity < 0) {
                v.nonNegative("capacity", capacity);
            }
            v.throwIfAny();
            return new Facility(this);
        }
    }
}
