package org.minzheng.core.elderly;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.minzheng.core.service.Organisation;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordBuilder;
import org.minzheng.core.service.ServiceRecordChecks;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.service.ServiceRecordKind;

/**
 * A home-care visit (居家养老上门服务记录): a provider organisation's worker served an older
 * person at home from a start to an end time and did services from the catalogue. The Dantu
 * example is one helper visit of three hours a week (cleaning, haircut, shaving).
 *
 * <p>Invariants (canonical constructor): id, subject (a person), region, provider, worker,
 * start and end present; end after start ({@code order}); at least one service; version not
 * negative. With a day given to the {@linkplain #builder() builder}, the end not after it.
 * {@link #date()} is the start's date.
 *
 * @param id the identifier (服务记录编号)
 * @param subject whom the service was for (服务对象): the older person
 * @param region the region where the service was given (服务地区)
 * @param caseId the case the service belongs to (关联业务), if any
 * @param provider the provider organisation (服务机构), by credit code
 * @param worker the worker who served (服务人员): a name or staff number
 * @param start the start of the visit (服务开始时间), local time
 * @param end the end of the visit (服务结束时间), local time
 * @param services the services done (服务项目); unmodifiable, in declaration order
 * @param note a note (备注), if any
 * @param version the version for optimistic locking (版本号), maintained by the storage
 */
public record HomeCareVisit(ServiceRecordId id, SubjectRef subject, RegionCode region, Optional<CaseId> caseId,
        Organisation provider, String worker, LocalDateTime start, LocalDateTime end,
        Set<HomeCareService> services, Optional<String> note, long version) implements ServiceRecord {

    /**
     * Checks every rule and reports all violations at once.
     *
     * @throws InvalidRecordException listing every violation found
     * @throws NullPointerException if an optional component is {@code null} rather than empty
     */
    public HomeCareVisit {
        Objects.requireNonNull(note, "note");
        Violations v = ServiceRecordChecks.shared(id, subject, SubjectKind.PERSON, region, caseId, version);
        v.required("provider", provider);
        v.notBlank("worker", worker);
        v.required("start", start);
        if (v.required("end", end) && start != null && !end.isAfter(start)) {
            v.add("end", "order", "结束时间应晚于开始时间", "The end must be after the start");
        }
        ServiceRecordChecks.elements(v, "services", services, "服务项目");
        v.throwIfAny();
        services = ServiceRecordChecks.enumSet(HomeCareService.class, services);
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
        return ServiceRecordKind.HOME_CARE_VISIT;
    }

    /** {@return the start's date} */
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
    public HomeCareVisit withVersion(long version) {
        return toBuilder().version(version).build();
    }

    /** {@return identifiers, region, date and version: no worker, no note} */
    @Override
    public String toString() {
        return ServiceRecordChecks.describe(this);
    }

    /** Builder of {@link HomeCareVisit}: the shared setters are {@link ServiceRecordBuilder}'s. */
    public static final class Builder extends ServiceRecordBuilder<Builder, HomeCareVisit> {
        private Organisation provider;
        private String worker;
        private LocalDateTime start;
        private LocalDateTime end;
        private final Set<HomeCareService> services = EnumSet.noneOf(HomeCareService.class);
        private Optional<String> note = Optional.empty();

        private Builder() {
        }

        private Builder(HomeCareVisit r) {
            super(r);
            provider = r.provider;
            worker = r.worker;
            start = r.start;
            end = r.end;
            services.addAll(r.services);
            note = r.note;
        }

        /**
         * Sets the provider organisation (服务机构).
         *
         * @param value the provider
         * @return this builder
         */
        public Builder provider(Organisation value) {
            provider = Objects.requireNonNull(value, "provider");
            return this;
        }

        /**
         * Sets the worker who served (服务人员).
         *
         * @param value a name or staff number
         * @return this builder
         */
        public Builder worker(String value) {
            worker = Objects.requireNonNull(value, "worker");
            return this;
        }

        /**
         * Sets the start of the visit (服务开始时间).
         *
         * @param value the local time
         * @return this builder
         */
        public Builder start(LocalDateTime value) {
            start = Objects.requireNonNull(value, "start");
            return this;
        }

        /**
         * Sets the end of the visit (服务结束时间).
         *
         * @param value the local time
         * @return this builder
         */
        public Builder end(LocalDateTime value) {
            end = Objects.requireNonNull(value, "end");
            return this;
        }

        /**
         * Adds a service done (服务项目).
         *
         * @param value the service
         * @return this builder
         */
        public Builder service(HomeCareService value) {
            services.add(Objects.requireNonNull(value, "service"));
            return this;
        }

        /**
         * Replaces the services done (服务项目).
         *
         * @param values the services
         * @return this builder
         */
        public Builder services(Set<HomeCareService> values) {
            List<HomeCareService> copy = List.copyOf(values);
            services.clear();
            services.addAll(copy);
            return this;
        }

        /**
         * Sets a note (备注).
         *
         * @param value the note
         * @return this builder
         */
        public Builder note(String value) {
            note = Optional.of(Objects.requireNonNull(value, "note"));
            return this;
        }

        /**
         * Sets or clears a note (备注).
         *
         * @param value the note, or empty
         * @return this builder
         */
        public Builder note(Optional<String> value) {
            note = Objects.requireNonNull(value, "note");
            return this;
        }

        @Override
        protected HomeCareVisit create(ServiceRecordId id, SubjectRef subject, RegionCode region,
                Optional<CaseId> caseId, long version) {
            return new HomeCareVisit(id, subject, region, caseId, provider, worker, start, end, services, note,
                    version);
        }

        @Override
        protected void dates(BiConsumer<String, LocalDate> check) {
            check.accept("end", end == null ? null : end.toLocalDate());
        }
    }
}
