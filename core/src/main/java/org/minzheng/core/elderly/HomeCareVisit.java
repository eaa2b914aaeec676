package org.minzheng.core.elderly;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.minzheng.core.service.Organisation;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.service.ServiceRecordKind;

/**
 * A home-care visit (居家养老上门服务记录): a provider organisation's worker served an older
 * person at home from a start to an end time and did services from the catalogue. The Dantu
 * example is one helper visit of three hours a week (cleaning, haircut, shaving).
 *
 * <p>Invariants ({@link Builder#build()}): id, subject (a person), region, provider, worker,
 * start and end present; end after start ({@code order}); at least one service; the end not in the
 * future when a date is given; version not negative. {@link #date()} is the start's date.
 */
public final class HomeCareVisit implements ServiceRecord {

    private final ServiceRecordId id;
    private final SubjectRef subject;
    private final RegionCode region;
    private final CaseId caseId;  // nullable
    private final Organisation provider;
    private final String worker;
    private final LocalDateTime start;
    private final LocalDateTime end;
    private final Set<HomeCareService> services;
    private final String note;  // nullable
    private final long version;

    private HomeCareVisit(Builder b) {
        this.id = b.id;
        this.subject = b.subject;
        this.region = b.region;
        this.caseId = b.caseId;
        this.provider = b.provider;
        this.worker = b.worker;
        this.start = b.start;
        this.end = b.end;
        this.services = Collections.unmodifiableSet(copyServices(b.services));
        this.note = b.note;
        this.version = b.version;
    }

    private static Set<HomeCareService> copyServices(Set<HomeCareService> values) {
        EnumSet<HomeCareService> s = EnumSet.noneOf(HomeCareService.class);
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
        b.provider = provider;
        b.worker = worker;
        b.start = start;
        b.end = end;
        b.services.addAll(services);
        b.note = note;
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
     * The provider organisation (服务机构), by credit code.
     *
     * @return the value
     */
    public Organisation provider() {
        return provider;
    }

    /**
     * The worker who served (服务人员): a name or staff number.
     *
     * @return the value
     */
    public String worker() {
        return worker;
    }

    /**
     * Start of the visit (服务开始时间), local time.
     *
     * @return the value
     */
    public LocalDateTime start() {
        return start;
    }

    /**
     * End of the visit (服务结束时间), local time.
     *
     * @return the value
     */
    public LocalDateTime end() {
        return end;
    }

    /**
     * The services done (服务项目).
     *
     * @return an unmodifiable set
     */
    public Set<HomeCareService> services() {
        return services;
    }

    /**
     * A note (备注).
     *
     * @return the value, if recorded
     */
    public Optional<String> note() {
        return Optional.ofNullable(note);
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
    public HomeCareVisit withVersion(long version) {
        return toBuilder().version(version).build();
    }

    @Override
    public ServiceRecordKind kind() {
        return ServiceRecordKind.HOME_CARE_VISIT;
    }

    @Override
    public LocalDate date() {
        return start.toLocalDate();
    }

    /**
     * The duration of the visit (服务时长).
     *
     * @return end minus start
     */
    public Duration duration() {
        return Duration.between(start, end);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof HomeCareVisit o)) {
            return false;
        }
        return Objects.equals(id, o.id) && Objects.equals(subject, o.subject) && Objects.equals(region, o.region) && Objects.equals(caseId, o.caseId) && Objects.equals(provider, o.provider) && Objects.equals(worker, o.worker) && Objects.equals(start, o.start) && Objects.equals(end, o.end) && Objects.equals(services, o.services) && Objects.equals(note, o.note) && version == o.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, subject, region, caseId, provider, worker, start, end, services, note, version);
    }

    /**
     * A description without personal data: identifiers, region, date and version only.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "HomeCareVisit[" + "id=" + id + ", " + "subject=" + subject + ", " + "region=" + region + ", " + "version=" + version + "]";
    }

    /**
     * Builder of {@link HomeCareVisit}. Setters reject {@code null} at once; {@link #build()} checks
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
        private Organisation provider;
        private String worker;
        private LocalDateTime start;
        private LocalDateTime end;
        private final Set<HomeCareService> services = EnumSet.noneOf(HomeCareService.class);
        private String note;
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
         * Sets: The provider organisation (服务机构), by credit code.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder provider(Organisation value) {
            this.provider = Objects.requireNonNull(value, "provider");
            return this;
        }

        /**
         * Sets: The worker who served (服务人员): a name or staff number.
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
         * Sets: Start of the visit (服务开始时间), local time.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder start(LocalDateTime value) {
            this.start = Objects.requireNonNull(value, "start");
            return this;
        }

        /**
         * Sets: End of the visit (服务结束时间), local time.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder end(LocalDateTime value) {
            this.end = Objects.requireNonNull(value, "end");
            return this;
        }

        /**
         * Adds to: The services done (服务项目).
         *
         * @param value the element
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder service(HomeCareService value) {
            services.add(Objects.requireNonNull(value, "service"));
            return this;
        }

        /**
         * Replaces: The services done (服务项目).
         *
         * @param values the elements
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder services(Set<HomeCareService> values) {
            List<HomeCareService> copy = List.copyOf(values);
            services.clear();
            services.addAll(copy);
            return this;
        }

        /**
         * Sets: A note (备注).
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder note(String value) {
            this.note = Objects.requireNonNull(value, "note");
            return this;
        }

        /**
         * Sets or clears: A note (备注).
         *
         * @param value the value, or empty
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder note(Optional<String> value) {
            this.note = Objects.requireNonNull(value, "note").orElse(null);
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
        public HomeCareVisit build() {
            Violations v = new Violations();
            LocalDate now = today != null ? today : clock != null ? LocalDate.now(clock) : null;
            v.required("id", id);
            v.required("subject", subject);
            v.required("region", region);
            v.required("provider", provider);
            v.notBlank("worker", worker);
            v.required("start", start);
            v.required("end", end);
            v.notInFuture("end", (end == null ? null : end.toLocalDate()), now);
            if (services.isEmpty()) {
                v.add("services", "required", "服务项目不能为空", "At least one element is required: services");
            }
            v.nonNegative("version", version);
            if (subject != null && subject.kind() != org.minzheng.core.program.SubjectKind.PERSON) {
                v.add("subject", "subject-kind", "服务对象应为个人",
                        "The subject must be a person");
            }
            if (start != null && end != null && !end.isAfter(start)) {
                v.add("end", "order", "结束时间应晚于开始时间", "The end must be after the start");
            }
            v.throwIfAny();
            return new HomeCareVisit(this);
        }
    }
}
