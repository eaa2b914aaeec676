package org.minzheng.core.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.internal.Masking;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.invariant.Violations;

/**
 * A person in the registry (人员): identity, birth, hukou, health, abilities and whereabouts —
 * everything the eligibility rules of social assistance, elderly services and child welfare read.
 *
 * <p>Immutable; made by {@link #builder()} or {@link #toBuilder()}. A person without an identity
 * number (a newborn not yet registered, 未落户) must have birth date and gender; with one, they
 * are taken from it and, if also given, must agree with it. {@code toString} masks the name and
 * the identity number.
 *
 * <p>Invariants checked by {@link Builder#build()}, all reported at once in an
 * {@link InvalidRecordException}: required fields ({@code id}, {@code name}, {@code hukou}, and
 * {@code birthDate}/{@code gender} without an identity number); name not blank; birth date and
 * gender agree with the identity number (rule {@code matches-id-number}); the disability
 * certificate belongs to this person; at most one father and one mother
 * ({@code unique-parent-role}); a status not starting before birth ({@code order}); at most one spouse among
 * the relatives ({@code at-most-one-spouse}) and none of them the person ({@code not-self}); at most one
 * capability assessment a day ({@code one-per-day}); assessments and school enrolments not before birth
 * ({@code order}); version not negative; and, when the builder was given a date or clock, no date in the future
 * ({@code not-in-future}).
 */
public final class Person {

    private final PersonId id;
    private final Optional<IdNumber> idNumber;
    private final String name;
    private final LocalDate birthDate;
    private final Gender gender;
    private final HukouType hukou;
    private final Optional<Disability> disability;
    private final boolean seriouslyIll;
    private final Optional<LabourCapacity> labourCapacity;
    private final Optional<SelfCare> selfCare;
    private final PersonStatus status;
    /** Whether the status was given, rather than the at-home-since-birth default. */
    private final boolean statusGiven;
    private final List<Parent> parents;
    private final List<Relative> relatives;
    private final Optional<Placement> placement;
    private final Optional<LivingSituation> livingSituation;
    private final List<CapabilityRecord> capabilityAssessments;
    private final List<SchoolEnrolment> schoolEnrolments;
    private final boolean hivInfected;
    private final long version;

    private Person(Builder b, LocalDate birth, Gender g, PersonStatus st) {
        this.id = b.id;
        this.idNumber = Optional.ofNullable(b.idNumber);
        this.name = b.name;
        this.birthDate = birth;
        this.gender = g;
        this.hukou = b.hukou;
        this.disability = Optional.ofNullable(b.disability);
        this.seriouslyIll = b.seriouslyIll;
        this.labourCapacity = Optional.ofNullable(b.labourCapacity);
        this.selfCare = Optional.ofNullable(b.selfCare);
        this.status = st;
        this.statusGiven = b.status != null;
        this.parents = List.copyOf(b.parents);
        this.relatives = List.copyOf(b.relatives);
        this.placement = Optional.ofNullable(b.placement);
        this.livingSituation = Optional.ofNullable(b.livingSituation);
        // oldest first, so that the latest assessment is the last one whatever order they were given in
        // most persons have neither: no stream or comparator is made for an empty list (every person built pays it)
        this.capabilityAssessments = b.capabilityAssessments.isEmpty() ? List.of() : b.capabilityAssessments.stream()
                .sorted(java.util.Comparator.comparing(CapabilityRecord::assessedOn)).toList();
        this.schoolEnrolments = b.schoolEnrolments.isEmpty() ? List.of() : b.schoolEnrolments.stream()
                .sorted(java.util.Comparator.comparing(SchoolEnrolment::from)).toList();
        this.hivInfected = b.hivInfected;
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
     * A builder holding every field of this person, to make a changed copy or to check the
     * person again against a date.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.idNumber = idNumber.orElse(null);
        b.name = name;
        if (idNumber.isEmpty()) {
            // with an identity number, birth date and gender follow from it again
            b.birthDate = birthDate;
            b.gender = gender;
        }
        b.hukou = hukou;
        b.disability = disability.orElse(null);
        b.seriouslyIll = seriouslyIll;
        b.labourCapacity = labourCapacity.orElse(null);
        b.selfCare = selfCare.orElse(null);
        if (statusGiven) {
            // the default (at home since birth) is derived again, e.g. after a new birth date
            b.status = status;
        }
        b.parents.addAll(parents);
        b.relatives.addAll(relatives);
        b.placement = placement.orElse(null);
        b.livingSituation = livingSituation.orElse(null);
        b.capabilityAssessments.addAll(capabilityAssessments);
        b.schoolEnrolments.addAll(schoolEnrolments);
        b.hivInfected = hivInfected;
        b.version = version;
        return b;
    }

    /**
     * The identifier (人员编号).
     *
     * @return the identifier
     */
    public PersonId id() {
        return id;
    }

    /**
     * The citizen identity number (公民身份号码), absent for a person not yet registered.
     *
     * @return the identity number, if any
     */
    public Optional<IdNumber> idNumber() {
        return idNumber;
    }

    /**
     * The full name (姓名). Personal data: not shown by {@code toString}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The birth date (出生日期).
     *
     * @return the birth date
     */
    public LocalDate birthDate() {
        return birthDate;
    }

    /**
     * The gender (性别).
     *
     * @return the gender
     */
    public Gender gender() {
        return gender;
    }

    /**
     * The hukou type (户口类型).
     *
     * @return urban or rural
     */
    public HukouType hukou() {
        return hukou;
    }

    /**
     * The disability (残疾情况), if any.
     *
     * @return the disability
     */
    public Optional<Disability> disability() {
        return disability;
    }

    /**
     * Whether the person is seriously ill (患重特大疾病), as recognised by the local rules.
     *
     * @return {@code true} if seriously ill
     */
    public boolean seriouslyIll() {
        return seriouslyIll;
    }

    /**
     * The assessed labour capacity (劳动能力), if assessed.
     *
     * @return the labour capacity
     */
    public Optional<LabourCapacity> labourCapacity() {
        return labourCapacity;
    }

    /**
     * The self-care ability (生活自理能力), if assessed.
     *
     * @return the self-care record
     */
    public Optional<SelfCare> selfCare() {
        return selfCare;
    }

    /**
     * The current whereabouts or status with its since-date (人员状态).
     *
     * @return the status
     */
    public PersonStatus status() {
        return status;
    }

    /**
     * The parents as known to the registry (父母情况), at most one father and one mother.
     *
     * @return an unmodifiable list
     */
    public List<Parent> parents() {
        return parents;
    }

    /**
     * The parent in a role.
     *
     * @param role father or mother
     * @return the parent, if recorded
     */
    public Optional<Parent> parent(ParentRole role) {
        Objects.requireNonNull(role, "role");
        return parents.stream().filter(p -> p.role() == role).findFirst();
    }

    /**
     * The close relatives recorded for this person (亲属: spouse, parents and children) with the facts that decide
     * whether they can support the person, wherever they live. Relatives living in the same household are members
     * and need not be listed. {@link #parents()} is the child-welfare view of the parents (father and mother, with
     * their situation); a parent listed here as well is the same person seen as a supporter.
     *
     * @return an unmodifiable list
     */
    public List<Relative> relatives() {
        return relatives;
    }

    /**
     * The relatives of one kind.
     *
     * @param kind spouse, parent or child
     * @return an unmodifiable list, in recorded order
     */
    public List<Relative> relatives(RelativeKind kind) {
        Objects.requireNonNull(kind, "kind");
        return relatives.stream().filter(r -> r.kind() == kind).toList();
    }

    /**
     * Where the person is supported or raised (供养/养育方式), if recorded; a person without a record lives at home.
     *
     * @return the placement
     */
    public Optional<Placement> placement() {
        return placement;
    }

    /**
     * How an older person lives (居住状况: living alone, empty nest, with family), if recorded.
     *
     * @return the living situation
     */
    public Optional<LivingSituation> livingSituation() {
        return livingSituation;
    }

    /**
     * The capability assessments (老年人能力评估, GB/T 42195-2022), oldest first.
     *
     * @return an unmodifiable list
     */
    public List<CapabilityRecord> capabilityAssessments() {
        return capabilityAssessments;
    }

    /**
     * The latest capability assessment made on or before a date.
     *
     * @param date the date
     * @return the assessment, if any
     */
    public Optional<CapabilityRecord> capabilityOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        CapabilityRecord last = null;
        for (CapabilityRecord c : capabilityAssessments) {
            if (!c.assessedOn().isAfter(date)) {
                last = c;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The periods of school enrolment (在校就读), earliest first.
     *
     * @return an unmodifiable list
     */
    public List<SchoolEnrolment> schoolEnrolments() {
        return schoolEnrolments;
    }

    /**
     * The school the person is enrolled in on a date.
     *
     * @param date the date
     * @return the enrolment running on that date, the latest-started if several
     */
    public Optional<SchoolEnrolment> schoolOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        SchoolEnrolment found = null;
        for (SchoolEnrolment e : schoolEnrolments) {
            if (e.enrolledOn(date)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether the person is infected with HIV (感染艾滋病病毒), as the child-welfare rules read it for children.
     * Sensitive personal data: never shown by {@code toString}.
     *
     * @return {@code true} if infected
     */
    public boolean hivInfected() {
        return hivInfected;
    }

    /**
     * The version for optimistic locking (版本号), maintained by the storage.
     *
     * @return the version, 0 for a record never stored
     */
    public long version() {
        return version;
    }

    /**
     * A copy with another version (版本号), e.g. after the storage saved it; nothing else changes.
     *
     * @param version the new version, not negative
     * @return the copy
     * @throws InvalidRecordException if {@code version} is negative
     */
    public Person withVersion(long version) {
        return toBuilder().version(version).build();
    }

    /**
     * Age in completed years on a date (周岁). A person born on 29 February completes a year on 28 February
     * of a common year.
     *
     * @param date the date
     * @return the age; negative never (0 before the first birthday)
     * @throws IllegalArgumentException if {@code date} is before the birth date
     */
    public int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date " + date + " is before the birth date");
        }
        int years = date.getYear() - birthDate.getYear();
        // the birthday of a person born on 29 February is 28 February in a common year (民法典第二百零三条)
        return date.isBefore(birthDate.plusYears(years)) ? years - 1 : years;
    }

    /**
     * Whether the status is {@link StatusKind#DECEASED}.
     *
     * @return {@code true} if deceased
     */
    public boolean isDeceased() {
        return status.kind() == StatusKind.DECEASED;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Person p)) {
            return false;
        }
        return version == p.version && seriouslyIll == p.seriouslyIll && id.equals(p.id)
                && idNumber.equals(p.idNumber) && name.equals(p.name)
                && birthDate.equals(p.birthDate) && gender == p.gender && hukou == p.hukou
                && disability.equals(p.disability) && labourCapacity.equals(p.labourCapacity)
                && selfCare.equals(p.selfCare) && status.equals(p.status)
                && parents.equals(p.parents) && relatives.equals(p.relatives) && placement.equals(p.placement)
                && livingSituation.equals(p.livingSituation)
                && capabilityAssessments.equals(p.capabilityAssessments)
                && schoolEnrolments.equals(p.schoolEnrolments) && hivInfected == p.hivInfected;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, idNumber, name, birthDate, gender, hukou, disability, seriouslyIll,
                labourCapacity, selfCare, status, parents, version, relatives, placement, livingSituation,
                capabilityAssessments, schoolEnrolments, hivInfected);
    }

    /**
     * A description with the name and identity number masked (脱敏).
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Person[id=" + id + ", name=" + Masking.name(name) + ", idNumber="
                + idNumber.map(IdNumber::masked).orElse("none") + ", gender=" + gender.code()
                + ", hukou=" + hukou.code() + ", status=" + status.kind().code() + ", version="
                + version + "]";
    }

    /**
     * Builder of {@link Person} (人员构建器). Every setter rejects {@code null} at once; every
     * other rule is checked by {@link #build()}, which reports all violations together.
     *
     * <p><b>Dates in the future.</b> Give the builder the current date with {@link #asOf} or a
     * {@link Clock} with {@link #clock}, and {@code build()} rejects dates after it. Without
     * either, the future-date check does not run: that is meant for rebuilding stored records
     * and for tests, where "today" is not the question. Core never reads the system clock.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private PersonId id;
        private IdNumber idNumber;
        private String name;
        private LocalDate birthDate;
        private Gender gender;
        private HukouType hukou;
        private Disability disability;
        private boolean seriouslyIll;
        private LabourCapacity labourCapacity;
        private SelfCare selfCare;
        private PersonStatus status;
        private final List<Parent> parents = new ArrayList<>();
        private final List<Relative> relatives = new ArrayList<>();
        private Placement placement;
        private LivingSituation livingSituation;
        private final List<CapabilityRecord> capabilityAssessments = new ArrayList<>();
        private final List<SchoolEnrolment> schoolEnrolments = new ArrayList<>();
        private boolean hivInfected;
        private long version;
        private LocalDate today;
        private Clock clock;

        private Builder() {
        }

        /**
         * Sets the identifier (required).
         *
         * @param value the identifier
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder id(PersonId value) {
            this.id = Objects.requireNonNull(value, "id");
            return this;
        }

        /**
         * Sets the identifier (required).
         *
         * @param value the identifier
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         * @throws InvalidRecordException if {@code value} is blank
         */
        public Builder id(String value) {
            return id(PersonId.of(value));
        }

        /**
         * Sets the identity number, from which birth date and gender follow.
         *
         * @param value the identity number
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder idNumber(IdNumber value) {
            this.idNumber = Objects.requireNonNull(value, "idNumber");
            return this;
        }

        /**
         * Sets or clears the identity number.
         *
         * @param value the identity number, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder idNumber(Optional<IdNumber> value) {
            this.idNumber = Objects.requireNonNull(value, "idNumber").orElse(null);
            return this;
        }

        /**
         * Sets the name (required, not blank).
         *
         * @param value the name
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * Sets the birth date (required without an identity number; must agree with it).
         *
         * @param value the birth date
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder birthDate(LocalDate value) {
            this.birthDate = Objects.requireNonNull(value, "birthDate");
            return this;
        }

        /**
         * Sets the gender (required without an identity number; must agree with it).
         *
         * @param value the gender
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder gender(Gender value) {
            this.gender = Objects.requireNonNull(value, "gender");
            return this;
        }

        /**
         * Sets the hukou type (required).
         *
         * @param value urban or rural
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder hukou(HukouType value) {
            this.hukou = Objects.requireNonNull(value, "hukou");
            return this;
        }

        /**
         * Sets the disability.
         *
         * @param value the disability
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder disability(Disability value) {
            this.disability = Objects.requireNonNull(value, "disability");
            return this;
        }

        /**
         * Sets or clears the disability.
         *
         * @param value the disability, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder disability(Optional<Disability> value) {
            this.disability = Objects.requireNonNull(value, "disability").orElse(null);
            return this;
        }

        /**
         * Sets whether the person is seriously ill (default {@code false}).
         *
         * @param value whether seriously ill
         * @return this builder
         */
        public Builder seriouslyIll(boolean value) {
            this.seriouslyIll = value;
            return this;
        }

        /**
         * Sets the assessed labour capacity.
         *
         * @param value the labour capacity
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder labourCapacity(LabourCapacity value) {
            this.labourCapacity = Objects.requireNonNull(value, "labourCapacity");
            return this;
        }

        /**
         * Sets or clears the assessed labour capacity.
         *
         * @param value the labour capacity, or empty if not assessed
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder labourCapacity(Optional<LabourCapacity> value) {
            this.labourCapacity = Objects.requireNonNull(value, "labourCapacity").orElse(null);
            return this;
        }

        /**
         * Sets the self-care ability.
         *
         * @param value the self-care record
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder selfCare(SelfCare value) {
            this.selfCare = Objects.requireNonNull(value, "selfCare");
            return this;
        }

        /**
         * Sets or clears the self-care ability.
         *
         * @param value the self-care record, or empty if not assessed
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder selfCare(Optional<SelfCare> value) {
            this.selfCare = Objects.requireNonNull(value, "selfCare").orElse(null);
            return this;
        }

        /**
         * Sets the status. If never set, the person is recorded as
         * {@link StatusKind#AT_HOME at home} since the birth date.
         *
         * @param value the status
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder status(PersonStatus value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /**
         * Sets the status.
         *
         * @param kind the status
         * @param since its first day
         * @return this builder
         * @throws NullPointerException if an argument is {@code null}
         */
        public Builder status(StatusKind kind, LocalDate since) {
            return status(PersonStatus.of(kind, since));
        }

        /**
         * Adds a parent (at most one per role, checked by {@code build()}).
         *
         * @param value the parent
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder parent(Parent value) {
            parents.add(Objects.requireNonNull(value, "parent"));
            return this;
        }

        /**
         * Replaces the parents.
         *
         * @param values the parents
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder parents(List<Parent> values) {
            List<Parent> copy = List.copyOf(values);
            parents.clear();
            parents.addAll(copy);
            return this;
        }

        /**
         * Adds a relative (at most one spouse, checked by {@code build()}).
         *
         * @param value the relative
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder relative(Relative value) {
            relatives.add(Objects.requireNonNull(value, "relative"));
            return this;
        }

        /**
         * Replaces the relatives.
         *
         * @param values the relatives
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder relatives(List<Relative> values) {
            List<Relative> copy = List.copyOf(values);
            relatives.clear();
            relatives.addAll(copy);
            return this;
        }

        /**
         * Sets the placement.
         *
         * @param value the placement
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder placement(Placement value) {
            this.placement = Objects.requireNonNull(value, "placement");
            return this;
        }

        /**
         * Sets or clears the placement.
         *
         * @param value the placement, or empty for none recorded
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder placement(Optional<Placement> value) {
            this.placement = Objects.requireNonNull(value, "placement").orElse(null);
            return this;
        }

        /**
         * Sets the living situation.
         *
         * @param value the living situation
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder livingSituation(LivingSituation value) {
            this.livingSituation = Objects.requireNonNull(value, "livingSituation");
            return this;
        }

        /**
         * Sets or clears the living situation.
         *
         * @param value the living situation, or empty for none recorded
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder livingSituation(Optional<LivingSituation> value) {
            this.livingSituation = Objects.requireNonNull(value, "livingSituation").orElse(null);
            return this;
        }

        /**
         * Adds a capability assessment (at most one per day, checked by {@code build()}).
         *
         * @param value the assessment
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder capabilityAssessment(CapabilityRecord value) {
            capabilityAssessments.add(Objects.requireNonNull(value, "capabilityAssessment"));
            return this;
        }

        /**
         * Replaces the capability assessments.
         *
         * @param values the assessments
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder capabilityAssessments(List<CapabilityRecord> values) {
            List<CapabilityRecord> copy = List.copyOf(values);
            capabilityAssessments.clear();
            capabilityAssessments.addAll(copy);
            return this;
        }

        /**
         * Adds a period of school enrolment.
         *
         * @param value the enrolment
         * @return this builder
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Builder schoolEnrolment(SchoolEnrolment value) {
            schoolEnrolments.add(Objects.requireNonNull(value, "schoolEnrolment"));
            return this;
        }

        /**
         * Replaces the periods of school enrolment.
         *
         * @param values the enrolments
         * @return this builder
         * @throws NullPointerException if {@code values} or an element is {@code null}
         */
        public Builder schoolEnrolments(List<SchoolEnrolment> values) {
            List<SchoolEnrolment> copy = List.copyOf(values);
            schoolEnrolments.clear();
            schoolEnrolments.addAll(copy);
            return this;
        }

        /**
         * Sets whether the person is infected with HIV (default {@code false}).
         *
         * @param value whether infected
         * @return this builder
         */
        public Builder hivInfected(boolean value) {
            this.hivInfected = value;
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
         * Checks dates against this date: none may be after it.
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
         * Checks dates against the date of this clock (read once, in {@code build()}).
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
         * Builds the person, checking every invariant.
         *
         * @return the person
         * @throws InvalidRecordException listing every violation found
         */
        public Person build() {
            Violations v = new Violations();
            LocalDate now = today != null ? today : clock != null ? LocalDate.now(clock) : null;
            v.required("id", id);
            v.notBlank("name", name);
            v.required("hukou", hukou);
            LocalDate birth = birthDate;
            Gender g = gender;
            if (idNumber != null) {
                if (birth == null) {
                    birth = idNumber.birthDate();
                } else if (!birth.equals(idNumber.birthDate())) {
                    // no invalid value: it would reveal part of the identity number
                    v.add("birthDate", "matches-id-number", "出生日期与身份证号码不一致",
                            "The birth date differs from the identity number");
                }
                if (g == null) {
                    g = idNumber.gender();
                } else if (g != idNumber.gender()) {
                    v.add("gender", "matches-id-number", "性别与身份证号码不一致",
                            "The gender differs from the identity number");
                }
            } else {
                v.required("birthDate", birth);
                v.required("gender", g);
            }
            v.notInFuture("birthDate", birth, now);
            if (disability != null && disability.certificate().isPresent() && idNumber != null
                    && !disability.certificate().get().idNumber().equals(idNumber)) {
                v.add("disability.certificate", "matches-id-number",
                        "残疾人证号不属于本人", "The disability certificate belongs to another person");
            }
            if (selfCare != null) {
                v.notInFuture("selfCare.assessedOn", selfCare.assessedOn().orElse(null), now);
            }
            if (status != null) {
                v.notInFuture("status.since", status.since(), now);
                if (birth != null && status.since().isBefore(birth)) {
                    v.add(new Violation("status.since", "order", "状态起始日期早于出生日期",
                            "The status starts before the birth date",
                            Optional.of(status.since().toString())));
                }
            }
            Set<ParentRole> roles = EnumSet.noneOf(ParentRole.class);
            for (int i = 0; i < parents.size(); i++) {
                Parent p = parents.get(i);
                if (!roles.add(p.role())) {
                    v.add("parents[" + i + "].role", "unique-parent-role",
                            "父亲或母亲重复登记：" + p.role().chineseName(),
                            "More than one " + p.role().englishName() + " recorded");
                }
                if (id != null && p.person().filter(id::equals).isPresent()) {
                    v.add("parents[" + i + "].person", "not-self", "本人不能是自己的父母",
                            "A person cannot be their own parent");
                }
                v.notInFuture("parents[" + i + "].status.since", p.status().since(), now);
            }
            checkFacts(v, birth, now);
            v.nonNegative("version", version);
            v.throwIfAny();
            PersonStatus st = status != null ? status : PersonStatus.of(StatusKind.AT_HOME, birth);
            return new Person(this, birth, g, st);
        }

        /** Checks relatives, school enrolments and capability assessments (decision record 0300). */
        private void checkFacts(Violations v, LocalDate birth, LocalDate now) {
            boolean spouse = false;
            for (int i = 0; i < relatives.size(); i++) {
                Relative r = relatives.get(i);
                String path = "relatives[" + i + "]";
                if (r.kind() == RelativeKind.SPOUSE) {
                    if (spouse) {
                        v.add(path + ".kind", "at-most-one-spouse", "配偶只能有一名", "At most one spouse");
                    }
                    spouse = true;
                }
                if (id != null && r.person().filter(id::equals).isPresent()) {
                    v.add(path + ".person", "not-self", "本人不能是自己的亲属", "A person cannot be their own relative");
                }
                v.notInFuture(path + ".birthDate", r.birthDate(), now);
                v.notInFuture(path + ".status.since", r.status().since(), now);
            }
            java.util.Set<LocalDate> days = capabilityAssessments.isEmpty() ? java.util.Set.of() // not filled then
                    : new java.util.HashSet<>();
            for (int i = 0; i < capabilityAssessments.size(); i++) {
                CapabilityRecord c = capabilityAssessments.get(i);
                String path = "capabilityAssessments[" + i + "].assessedOn";
                if (!days.add(c.assessedOn())) {
                    v.add(path, "one-per-day", "同一天只能有一次能力评估", "At most one capability assessment a day");
                }
                if (birth != null && c.assessedOn().isBefore(birth)) {
                    v.add(new Violation(path, "order", "评估日期早于出生日期", "The assessment is before the birth date",
                            Optional.of(c.assessedOn().toString())));
                }
                v.notInFuture(path, c.assessedOn(), now);
            }
            for (int i = 0; i < schoolEnrolments.size(); i++) {
                SchoolEnrolment e = schoolEnrolments.get(i);
                String path = "schoolEnrolments[" + i + "].from";
                if (birth != null && e.from().isBefore(birth)) {
                    v.add(new Violation(path, "order", "入学日期早于出生日期", "The enrolment starts before the birth date",
                            Optional.of(e.from().toString())));
                }
                v.notInFuture(path, e.from(), now);
            }
        }
    }
}
