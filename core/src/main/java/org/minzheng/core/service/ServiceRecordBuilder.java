package org.minzheng.core.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.program.SubjectRef;

/**
 * What the builders of all service records share (服务记录构建器): the setters of the components
 * every record has and the day against which dates are checked. Each record's {@code Builder}
 * adds the setters of its own components.
 *
 * <p>Setters refuse {@code null} at once ({@link NullPointerException}); {@link #build()} calls
 * the record's canonical constructor, which checks every rule, and reports its violations
 * together with those of the date check in one {@link InvalidRecordException}. With
 * {@link #asOf} or {@link #clock}, dates after that day are refused ({@code not-in-future});
 * without either, that check does not run (rebuilding stored records, tests; decision record
 * 0011). Not thread-safe.
 *
 * @param <B> the builder itself
 * @param <R> the record it builds
 */
public abstract class ServiceRecordBuilder<B extends ServiceRecordBuilder<B, R>, R extends ServiceRecord> {

    private ServiceRecordId id;
    private SubjectRef subject;
    private RegionCode region;
    private Optional<CaseId> caseId = Optional.empty();
    private long version;
    private LocalDate today;
    private Clock clock;

    /** An empty builder. */
    protected ServiceRecordBuilder() {
    }

    /**
     * A builder holding the shared components of a record (its own components are the
     * subclass's to copy).
     *
     * @param from the record
     */
    protected ServiceRecordBuilder(R from) {
        this.id = from.id();
        this.subject = from.subject();
        this.region = from.region();
        this.caseId = from.caseId();
        this.version = from.version();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Sets the identifier (服务记录编号).
     *
     * @param value the identifier
     * @return this builder
     */
    public B id(ServiceRecordId value) {
        this.id = Objects.requireNonNull(value, "id");
        return self();
    }

    /**
     * Sets whom the service was for (服务对象).
     *
     * @param value the household or person
     * @return this builder
     */
    public B subject(SubjectRef value) {
        this.subject = Objects.requireNonNull(value, "subject");
        return self();
    }

    /**
     * Sets the region where the service was given (服务地区).
     *
     * @param value the region
     * @return this builder
     */
    public B region(RegionCode value) {
        this.region = Objects.requireNonNull(value, "region");
        return self();
    }

    /**
     * Sets the case the service belongs to (关联业务).
     *
     * @param value the case
     * @return this builder
     */
    public B caseId(CaseId value) {
        this.caseId = Optional.of(Objects.requireNonNull(value, "caseId"));
        return self();
    }

    /**
     * Sets or clears the case the service belongs to (关联业务).
     *
     * @param value the case, or empty
     * @return this builder
     */
    public B caseId(Optional<CaseId> value) {
        this.caseId = Objects.requireNonNull(value, "caseId");
        return self();
    }

    /**
     * Sets the version for optimistic locking (版本号; default 0, must not be negative).
     *
     * @param value the version
     * @return this builder
     */
    public B version(long value) {
        this.version = value;
        return self();
    }

    /**
     * Refuses dates after this day.
     *
     * @param value today's date
     * @return this builder
     */
    public B asOf(LocalDate value) {
        this.today = Objects.requireNonNull(value, "asOf");
        this.clock = null;
        return self();
    }

    /**
     * Refuses dates after this clock's day (read once, in {@link #build()}).
     *
     * @param value the clock
     * @return this builder
     */
    public B clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        this.today = null;
        return self();
    }

    /**
     * Builds the record, checking every invariant.
     *
     * @return the record
     * @throws InvalidRecordException listing every violation found
     */
    public final R build() {
        Violations v = new Violations();
        R built = null;
        try {
            built = create(id, subject, region, caseId, version);
        } catch (InvalidRecordException e) {
            v.addAll("", e);
        }
        LocalDate now = today != null ? today : clock != null ? LocalDate.now(clock) : null;
        if (now != null) {
            dates((path, date) -> v.notInFuture(path, date, now));
        }
        v.throwIfAny();
        return built;
    }

    /**
     * Calls the record's canonical constructor with the shared components given and the
     * builder's own.
     *
     * @param id the identifier, {@code null} if not set
     * @param subject the subject, {@code null} if not set
     * @param region the region, {@code null} if not set
     * @param caseId the case, empty if not set
     * @param version the version
     * @return the record
     * @throws InvalidRecordException from the constructor
     */
    protected abstract R create(ServiceRecordId id, SubjectRef subject, RegionCode region,
            Optional<CaseId> caseId, long version);

    /**
     * Gives each date of the record that must not lie in the future, with its property path
     * ({@code null} dates are skipped by the check).
     *
     * @param check receives the path and the date
     */
    protected abstract void dates(BiConsumer<String, LocalDate> check);
}
