package org.minzheng.core.rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Placement;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.service.ServiceRecord;

/**
 * What is known about one subject in one month (审核依据事实): the household as registered, the person
 * assessed (for a person program), who is enrolled in what at the start of the month, the subject's legal
 * supporters, its service records, where it lives, and the application being decided, if any. The same
 * facts reach every program; each program's {@link FactsReader} takes from them the typed request its
 * rule reads.
 *
 * <p>The runtime builds facts from storage (the monthly run, screening, {@code CivilAffairs.assess}); a
 * policy-case file builds them from its description; a test builds them directly.
 *
 * <p><b>Members of the month.</b> {@link #members()} holds the household's members who are members in the
 * month assessed: born by its last day, and not deceased before its first day. A member not yet born or
 * already dead is no member that month — in every program.
 *
 * <p>Immutable and thread-safe.
 */
public final class SubjectFacts {

    private final Household household;
    private final Person person;
    private final SubjectRef subject;
    private final YearMonth month;
    private final List<Member> members;
    private final Enrolments enrolments;
    private final List<Supporter> supporters;
    private final List<ServiceRecord> records;
    private final Placement placement;
    private final Application application;
    private final Map<ProgramCode, Money> paidThisYear;

    private SubjectFacts(Builder b) {
        this.household = b.household;
        this.month = b.month;
        this.enrolments = b.enrolments;
        this.supporters = List.copyOf(b.supporters);
        this.records = List.copyOf(b.records);
        this.application = b.application;
        this.paidThisYear = Map.copyOf(b.paidThisYear);
        if (b.person != null) {
            Optional<Member> m = household.member(b.person);
            if (m.isEmpty()) {
                throw new IllegalArgumentException("person " + b.person + " is not a member of household "
                        + household.id() + " (该人员不是此家庭的成员)");
            }
            this.person = m.get().person();
            this.subject = SubjectRef.person(b.person);
            // the placement recorded on the person unless the facts say otherwise (issue 12)
            this.placement = b.placement != null ? b.placement : person.placement().orElse(Placement.DISPERSED);
        } else {
            this.person = null;
            this.subject = SubjectRef.household(household.id());
            this.placement = b.placement != null ? b.placement : Placement.DISPERSED;
        }
        this.members = membersIn(household, month);
    }

    private static List<Member> membersIn(Household household, YearMonth month) {
        List<Member> all = household.members();
        List<Member> present = null;
        // the month's first and last day, made once for all the members
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        for (int i = 0; i < all.size(); i++) {
            boolean in = presentIn(all.get(i).person(), first, last);
            if (!in && present == null) {
                present = new ArrayList<>(all.subList(0, i));
            } else if (in && present != null) {
                present.add(all.get(i));
            }
        }
        return present == null ? all : List.copyOf(present);
    }

    /**
     * Whether a person is alive and born in a month: born by its last day and not deceased before its first.
     *
     * @param person the person
     * @param month the month
     * @return true when the person counts in the month
     */
    public static boolean presentIn(Person person, YearMonth month) {
        if (person.birthDate().isAfter(month.atEndOfMonth())) {
            return false;
        }
        return !(person.status().kind() == StatusKind.DECEASED && person.status().since().isBefore(month.atDay(1)));
    }

    private static boolean presentIn(Person person, LocalDate first, LocalDate last) {
        if (person.birthDate().isAfter(last)) {
            return false;
        }
        return !(person.status().kind() == StatusKind.DECEASED && person.status().since().isBefore(first));
    }

    /**
     * Facts about a household, for a household program (低保, 临时救助, …).
     *
     * @param household the household
     * @param month the month assessed
     * @return a builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder forHousehold(Household household, YearMonth month) {
        return new Builder(household, null, month);
    }

    /**
     * Facts about one member of a household, for a person program (特困, 两项补贴, 尊老金, …).
     *
     * @param household the household the person lives in
     * @param person the member assessed
     * @param month the month assessed
     * @return a builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder forPerson(Household household, PersonId person, YearMonth month) {
        return new Builder(household, Objects.requireNonNull(person, "person"), month);
    }

    /**
     * The same facts for another month (the enrolments, supporters, records and application unchanged).
     *
     * @param other the month
     * @return the facts
     */
    public SubjectFacts forMonth(YearMonth other) {
        Builder b = new Builder(household, person == null ? null : person.id(), other);
        b.enrolments = enrolments;
        b.supporters.addAll(supporters);
        b.records.addAll(records);
        b.placement = placement;
        b.application = application;
        if (other.getYear() == month.getYear() && !other.isBefore(month)) {
            b.paidThisYear.putAll(paidThisYear); // a later month of the same year has at least these payments
        }
        return b.build();
    }

    /**
     * What the ledger shows as paid to the household's cases of a program in the calendar year of the month, up to
     * and including it (本年度已发放金额), when the runtime read it from storage: postings less reversals.
     *
     * @param program the program, e.g. 临时救助
     * @return the net amount, or empty when the facts did not come with the ledger (a policy case, or facts built
     *     by hand)
     */
    public Optional<Money> paidThisYear(ProgramCode program) {
        return Optional.ofNullable(paidThisYear.get(Objects.requireNonNull(program, "program")));
    }

    /**
     * The household: the subject of a household program, or the household the person lives in.
     *
     * @return the household as registered (all members, see {@link #members()})
     */
    public Household household() {
        return household;
    }

    /**
     * The household's members in the month assessed (born, not deceased before the month).
     *
     * @return an unmodifiable list, in the household's order
     */
    public List<Member> members() {
        return members;
    }

    /**
     * The subject: the household, or the person.
     *
     * @return the subject
     */
    public SubjectRef subject() {
        return subject;
    }

    /**
     * Whether the subject is a household or a person.
     *
     * @return the kind
     */
    public SubjectKind subjectKind() {
        return subject.kind();
    }

    /**
     * The person assessed.
     *
     * @return the person
     * @throws IllegalStateException if the facts are about a household
     */
    public Person person() {
        if (person == null) {
            throw new IllegalStateException("these facts are about household " + household.id()
                    + "; a person program needs SubjectFacts.forPerson(household, personId, month)");
        }
        return person;
    }

    /**
     * The person assessed, if any.
     *
     * @return the person, or empty for facts about a household
     */
    public Optional<Person> personIfAny() {
        return Optional.ofNullable(person);
    }

    /**
     * The month assessed.
     *
     * @return the month
     */
    public YearMonth month() {
        return month;
    }

    /**
     * The last day of the month assessed, on which ages and statuses are judged unless a rule says otherwise.
     *
     * @return the date
     */
    public LocalDate endOfMonth() {
        return month.atEndOfMonth();
    }

    /**
     * The subject's region (the household's).
     *
     * @return the region
     */
    public RegionCode region() {
        return household.region();
    }

    /**
     * Who is enrolled in what at the start of the month.
     *
     * @return the enrolments
     */
    public Enrolments enrolments() {
        return enrolments;
    }

    /**
     * The subject's legal supporters (法定义务人) described outside the household.
     *
     * @return an unmodifiable list
     */
    public List<Supporter> supporters() {
        return supporters;
    }

    /**
     * The subject's service records (e.g. entrusted-guardianship confirmations).
     *
     * @return an unmodifiable list
     */
    public List<ServiceRecord> records() {
        return records;
    }

    /**
     * The subject's service records of one type.
     *
     * @param <T> the type
     * @param type the record type, e.g. {@code GuardianshipConfirmation.class}
     * @return an unmodifiable list
     */
    public <T extends ServiceRecord> List<T> records(Class<T> type) {
        Objects.requireNonNull(type, "type");
        List<T> out = new ArrayList<>();
        for (ServiceRecord r : records) {
            if (type.isInstance(r)) {
                out.add(type.cast(r));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Where the subject lives (供养/养育方式): as set on the facts, else as recorded on the subject person
     * ({@link Person#placement()}), else at home.
     *
     * @return the placement
     */
    public Placement placement() {
        return placement;
    }

    /**
     * The application being decided, if it is of a type.
     *
     * @param <A> the type
     * @param type the application type a program reads
     * @return the application, or empty when there is none or it is of another type
     */
    public <A extends Application> Optional<A> application(Class<A> type) {
        Objects.requireNonNull(type, "type");
        return type.isInstance(application) ? Optional.of(type.cast(application)) : Optional.empty();
    }

    /**
     * The application being decided, whatever its type.
     *
     * @return the application, or empty
     */
    public Optional<Application> application() {
        return Optional.ofNullable(application);
    }

    /** Identifiers only; no personal data. */
    @Override
    public String toString() {
        return "SubjectFacts[" + subject + ", household " + household.id() + ", " + month + "]";
    }

    /** Builds {@link SubjectFacts}. Not thread-safe. */
    public static final class Builder {
        private final Household household;
        private final PersonId person;
        private final YearMonth month;
        private Enrolments enrolments = Enrolments.none();
        private final List<Supporter> supporters = new ArrayList<>();
        private final List<ServiceRecord> records = new ArrayList<>();
        /** Null until set: then the person's recorded placement, or dispersed. */
        private Placement placement;
        private Application application;
        private final Map<ProgramCode, Money> paidThisYear = new HashMap<>();

        private Builder(Household household, PersonId person, YearMonth month) {
            this.household = Objects.requireNonNull(household, "household");
            this.person = person;
            this.month = Objects.requireNonNull(month, "month");
        }

        /**
         * Sets who is enrolled in what at the start of the month.
         *
         * @param value the enrolments
         * @return this builder
         */
        public Builder enrolments(Enrolments value) {
            this.enrolments = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Adds a legal supporter described outside the household.
         *
         * @param supporter the supporter
         * @return this builder
         */
        public Builder supporter(Supporter supporter) {
            supporters.add(Objects.requireNonNull(supporter, "supporter"));
            return this;
        }

        /**
         * Adds a service record of the subject.
         *
         * @param record the record
         * @return this builder
         */
        public Builder record(ServiceRecord record) {
            records.add(Objects.requireNonNull(record, "record"));
            return this;
        }

        /**
         * Adds service records of the subject.
         *
         * @param values the records
         * @return this builder
         */
        public Builder records(List<? extends ServiceRecord> values) {
            values.forEach(this::record);
            return this;
        }

        /**
         * Sets where the subject lives, over what the person's record says.
         *
         * @param value the placement
         * @return this builder
         */
        public Builder placement(Placement value) {
            this.placement = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the application being decided.
         *
         * @param value the application
         * @return this builder
         */
        public Builder application(Application value) {
            this.application = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets what the ledger shows as paid to the household's cases of a program in the calendar year, up to the
         * month (the runtime reads it from storage).
         *
         * @param program the program
         * @param amount the net amount, not negative
         * @return this builder
         * @throws IllegalArgumentException if the amount is negative
         */
        public Builder paidThisYear(ProgramCode program, Money amount) {
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("paid this year must not be negative (本年度已发放金额不能为负数): "
                        + amount);
            }
            paidThisYear.put(program, amount);
            return this;
        }

        /**
         * Builds the facts.
         *
         * @return the facts
         * @throws IllegalArgumentException if the person is not a member of the household
         */
        public SubjectFacts build() {
            return new SubjectFacts(this);
        }
    }
}
