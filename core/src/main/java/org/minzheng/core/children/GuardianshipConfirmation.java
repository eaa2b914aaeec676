package org.minzheng.core.children;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.identity.IdNumber;
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
 * An entrusted-guardianship confirmation (委托监护责任确认书) for a rural left-behind child
 * (国发〔2016〕13号): who the entrusted guardian is, their relation to the child, the signing date
 * and the term.
 *
 * <p>Invariants (canonical constructor): id, subject (the child), region, guardian name,
 * relation, signing date and term start present; the term end not before its start
 * ({@code order}); version not negative. With a day given to the {@linkplain #builder() builder},
 * the signing date not after it. {@link #date()} is the signing date. {@code toString} does not
 * show the guardian.
 *
 * @param id the identifier (服务记录编号)
 * @param subject whom the service was for (服务对象): the child
 * @param region the region where the service was given (服务地区)
 * @param caseId the case the service belongs to (关联业务), if any
 * @param guardianName the entrusted guardian's name (受托监护人姓名); personal data
 * @param guardianIdNumber the entrusted guardian's identity number, if recorded; personal data
 * @param guardianRelation the relation of the guardian to the child (与儿童关系)
 * @param signedOn the signing date (签订日期)
 * @param termStart the first day of the entrustment (委托期限起)
 * @param termEnd the last day of the entrustment (委托期限止), empty if open-ended
 * @param version the version for optimistic locking (版本号), maintained by the storage
 */
public record GuardianshipConfirmation(ServiceRecordId id, SubjectRef subject, RegionCode region,
        Optional<CaseId> caseId, String guardianName, Optional<IdNumber> guardianIdNumber,
        GuardianRelation guardianRelation, LocalDate signedOn, LocalDate termStart, Optional<LocalDate> termEnd,
        long version) implements ServiceRecord {

    /**
     * Checks every rule and reports all violations at once.
     *
     * @throws InvalidRecordException listing every violation found
     * @throws NullPointerException if an optional component is {@code null} rather than empty
     */
    public GuardianshipConfirmation {
        Objects.requireNonNull(guardianIdNumber, "guardianIdNumber");
        Objects.requireNonNull(termEnd, "termEnd");
        Violations v = ServiceRecordChecks.shared(id, subject, SubjectKind.PERSON, region, caseId, version);
        v.notBlank("guardianName", guardianName);
        v.required("guardianRelation", guardianRelation);
        v.required("signedOn", signedOn);
        if (v.required("termStart", termStart) && termEnd.filter(termStart::isAfter).isPresent()) {
            v.add("termEnd", "order", "委托期限止日早于起日", "The term ends before it starts");
        }
        v.throwIfAny();
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
        return ServiceRecordKind.GUARDIANSHIP_CONFIRMATION;
    }

    /** {@return the signing date} */
    @Override
    public LocalDate date() {
        return signedOn;
    }

    /**
     * Whether the entrustment is in force on a date.
     *
     * @param date the date
     * @return {@code true} if the date lies within the term
     */
    public boolean inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(termStart) && termEnd.map(end -> !date.isAfter(end)).orElse(true);
    }

    @Override
    public GuardianshipConfirmation withVersion(long version) {
        return toBuilder().version(version).build();
    }

    /** {@return identifiers, region, date and version: no guardian} */
    @Override
    public String toString() {
        return ServiceRecordChecks.describe(this);
    }

    /**
     * Builder of {@link GuardianshipConfirmation}: the shared setters are
     * {@link ServiceRecordBuilder}'s.
     */
    public static final class Builder extends ServiceRecordBuilder<Builder, GuardianshipConfirmation> {
        private String guardianName;
        private Optional<IdNumber> guardianIdNumber = Optional.empty();
        private GuardianRelation guardianRelation;
        private LocalDate signedOn;
        private LocalDate termStart;
        private Optional<LocalDate> termEnd = Optional.empty();

        private Builder() {
        }

        private Builder(GuardianshipConfirmation r) {
            super(r);
            guardianName = r.guardianName;
            guardianIdNumber = r.guardianIdNumber;
            guardianRelation = r.guardianRelation;
            signedOn = r.signedOn;
            termStart = r.termStart;
            termEnd = r.termEnd;
        }

        /**
         * Sets the entrusted guardian's name (受托监护人姓名).
         *
         * @param value the name
         * @return this builder
         */
        public Builder guardianName(String value) {
            guardianName = Objects.requireNonNull(value, "guardianName");
            return this;
        }

        /**
         * Sets the entrusted guardian's identity number.
         *
         * @param value the identity number
         * @return this builder
         */
        public Builder guardianIdNumber(IdNumber value) {
            guardianIdNumber = Optional.of(Objects.requireNonNull(value, "guardianIdNumber"));
            return this;
        }

        /**
         * Sets or clears the entrusted guardian's identity number.
         *
         * @param value the identity number, or empty
         * @return this builder
         */
        public Builder guardianIdNumber(Optional<IdNumber> value) {
            guardianIdNumber = Objects.requireNonNull(value, "guardianIdNumber");
            return this;
        }

        /**
         * Sets the relation of the guardian to the child (与儿童关系).
         *
         * @param value the relation
         * @return this builder
         */
        public Builder guardianRelation(GuardianRelation value) {
            guardianRelation = Objects.requireNonNull(value, "guardianRelation");
            return this;
        }

        /**
         * Sets the signing date (签订日期).
         *
         * @param value the date
         * @return this builder
         */
        public Builder signedOn(LocalDate value) {
            signedOn = Objects.requireNonNull(value, "signedOn");
            return this;
        }

        /**
         * Sets the first day of the entrustment (委托期限起).
         *
         * @param value the date
         * @return this builder
         */
        public Builder termStart(LocalDate value) {
            termStart = Objects.requireNonNull(value, "termStart");
            return this;
        }

        /**
         * Sets the last day of the entrustment (委托期限止).
         *
         * @param value the date
         * @return this builder
         */
        public Builder termEnd(LocalDate value) {
            termEnd = Optional.of(Objects.requireNonNull(value, "termEnd"));
            return this;
        }

        /**
         * Sets or clears the last day of the entrustment (委托期限止), empty if open-ended.
         *
         * @param value the date, or empty
         * @return this builder
         */
        public Builder termEnd(Optional<LocalDate> value) {
            termEnd = Objects.requireNonNull(value, "termEnd");
            return this;
        }

        @Override
        protected GuardianshipConfirmation create(ServiceRecordId id, SubjectRef subject, RegionCode region,
                Optional<CaseId> caseId, long version) {
            return new GuardianshipConfirmation(id, subject, region, caseId, guardianName, guardianIdNumber,
                    guardianRelation, signedOn, termStart, termEnd, version);
        }

        @Override
        protected void dates(BiConsumer<String, LocalDate> check) {
            check.accept("signedOn", signedOn);
        }
    }
}
