package org.minzheng.core.decision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.minzheng.core.assistance.Supporter;
import org.minzheng.core.assistance.TemporaryNeed;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;

/**
 * Everything a calculator may need about one subject (审核测算请求): the household (for household programs
 * the subject itself; for person programs the household the person lives in), the person assessed, the
 * programs the household and its members are already enrolled in, the applicant's legal supporters
 * (特困), a temporary-assistance request, entrusted-guardianship confirmations (留守儿童), and where the
 * person lives (at home or in an institution).
 *
 * <p>One request type for every program, so that a policy-case runner and a monthly run can drive all
 * calculators through {@link Assessor#assess(Program, AssessmentRequest,
 * org.minzheng.core.standards.ResolvedStandards, java.time.YearMonth)}. Immutable.
 */
public final class AssessmentRequest {

    private final Household household;
    private final PersonId subject;
    private final Set<Program> householdPrograms;
    private final Map<PersonId, Set<Program>> personPrograms;
    private final List<Supporter> supporters;
    private final TemporaryNeed temporaryNeed;
    private final List<GuardianshipConfirmation> guardianshipConfirmations;
    private final Placement placement;
    private final Person subjectPerson;
    private final SubjectRef subjectRef;

    private AssessmentRequest(Builder b) {
        this.household = b.household;
        this.subject = b.subject;
        this.householdPrograms = b.householdPrograms.isEmpty() ? Set.of() : Set.copyOf(b.householdPrograms);
        Map<PersonId, Set<Program>> pp = new HashMap<>();
        b.personPrograms.forEach((k, v) -> pp.put(k, Set.copyOf(v)));
        this.personPrograms = Map.copyOf(pp);
        this.supporters = List.copyOf(b.supporters);
        this.temporaryNeed = b.temporaryNeed;
        this.guardianshipConfirmations = List.copyOf(b.confirmations);
        this.placement = b.placement;
        Person p = null;
        if (subject != null) {
            Optional<Member> m = household.member(subject);
            if (m.isEmpty()) {
                throw new IllegalArgumentException("person " + subject + " is not a member of household "
                        + household.id() + " / 该人员不是此家庭的成员");
            }
            p = m.get().person();
        }
        this.subjectPerson = p;
        this.subjectRef = subject != null ? SubjectRef.person(subject) : SubjectRef.household(household.id());
        for (PersonId id : personPrograms.keySet()) {
            if (household.member(id).isEmpty()) {
                throw new IllegalArgumentException("enrolment given for person " + id
                        + ", who is not a member of household " + household.id());
            }
        }
    }

    /**
     * A request about a household (低保, 临时救助).
     *
     * @param household the household
     * @return a builder
     * @throws NullPointerException if {@code household} is null
     */
    public static Builder forHousehold(Household household) {
        return new Builder(household, null);
    }

    /**
     * A request about one member of a household (特困, 两项补贴, 尊老金, children's programs, home care).
     *
     * @param household the household the person lives in
     * @param person the member assessed
     * @return a builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder forPerson(Household household, PersonId person) {
        return new Builder(household, Objects.requireNonNull(person, "person"));
    }

    /**
     * The household.
     *
     * @return the household
     */
    public Household household() {
        return household;
    }

    /**
     * The member assessed.
     *
     * @return the member's id, or empty for a request about the household
     */
    public Optional<PersonId> subject() {
        return Optional.ofNullable(subject);
    }

    /**
     * The member assessed.
     *
     * @return the person
     * @throws IllegalStateException if the request is about a household
     */
    public Person person() {
        if (subjectPerson == null) {
            throw new IllegalStateException("this request is about household " + household.id()
                    + "; a person program needs AssessmentRequest.forPerson(household, personId)");
        }
        return subjectPerson;
    }

    /**
     * The subject reference: the person when one is given, else the household.
     *
     * @return the subject
     */
    public SubjectRef subjectRef() {
        return subjectRef;
    }

    /**
     * The programs the household is enrolled in (e.g. an active dibao case).
     *
     * @return an unmodifiable set
     */
    public Set<Program> householdPrograms() {
        return householdPrograms;
    }

    /**
     * Whether the household is enrolled in a program.
     *
     * @param program the program
     * @return true when enrolled
     */
    public boolean householdIn(Program program) {
        return householdPrograms.contains(program);
    }

    /**
     * Whether a member is personally enrolled in a program (e.g. 特困 support).
     *
     * @param person the member
     * @param program the program
     * @return true when enrolled
     */
    public boolean personIn(PersonId person, Program program) {
        Set<Program> set = personPrograms.get(person);
        return set != null && set.contains(program);
    }

    /**
     * The programs each member is personally enrolled in.
     *
     * @return an unmodifiable map
     */
    public Map<PersonId, Set<Program>> personPrograms() {
        return personPrograms;
    }

    /**
     * The subject's legal supporters (法定义务人); empty when there are none.
     *
     * @return an unmodifiable list
     */
    public List<Supporter> supporters() {
        return supporters;
    }

    /**
     * The temporary-assistance request.
     *
     * @return the request, or empty
     */
    public Optional<TemporaryNeed> temporaryNeed() {
        return Optional.ofNullable(temporaryNeed);
    }

    /**
     * The entrusted-guardianship confirmations on file for the subject (委托监护责任确认书).
     *
     * @return an unmodifiable list
     */
    public List<GuardianshipConfirmation> guardianshipConfirmations() {
        return guardianshipConfirmations;
    }

    /**
     * Where the subject lives: at home (the default) or in an institution.
     *
     * @return the placement
     */
    public Placement placement() {
        return placement;
    }

    /** Identifiers only; no personal data. */
    @Override
    public String toString() {
        return "AssessmentRequest[" + subjectRef() + ", household " + household.id() + ", programs "
                + householdPrograms + "]";
    }

    /** Builds an {@link AssessmentRequest}. Not thread-safe. */
    public static final class Builder {
        private final Household household;
        private final PersonId subject;
        private final EnumSet<Program> householdPrograms = EnumSet.noneOf(Program.class);
        private final Map<PersonId, EnumSet<Program>> personPrograms = new HashMap<>();
        private final List<Supporter> supporters = new ArrayList<>();
        private final List<GuardianshipConfirmation> confirmations = new ArrayList<>();
        private TemporaryNeed temporaryNeed;
        private Placement placement = Placement.DISPERSED;

        private Builder(Household household, PersonId subject) {
            this.household = Objects.requireNonNull(household, "household");
            this.subject = subject;
        }

        /**
         * Records that the household is enrolled in a program.
         *
         * @param program the program
         * @return this builder
         */
        public Builder enrolled(Program program) {
            householdPrograms.add(Objects.requireNonNull(program, "program"));
            return this;
        }

        /**
         * Records that a member is personally enrolled in a program.
         *
         * @param person the member
         * @param program the program
         * @return this builder
         */
        public Builder enrolled(PersonId person, Program program) {
            Objects.requireNonNull(person, "person");
            personPrograms.computeIfAbsent(person, p -> EnumSet.noneOf(Program.class))
                    .add(Objects.requireNonNull(program, "program"));
            return this;
        }

        /**
         * Adds a legal supporter.
         *
         * @param supporter the supporter
         * @return this builder
         */
        public Builder supporter(Supporter supporter) {
            supporters.add(Objects.requireNonNull(supporter, "supporter"));
            return this;
        }

        /**
         * Sets the temporary-assistance request.
         *
         * @param need the request
         * @return this builder
         */
        public Builder temporaryNeed(TemporaryNeed need) {
            this.temporaryNeed = Objects.requireNonNull(need, "need");
            return this;
        }

        /**
         * Adds an entrusted-guardianship confirmation.
         *
         * @param confirmation the confirmation
         * @return this builder
         */
        public Builder guardianshipConfirmation(GuardianshipConfirmation confirmation) {
            confirmations.add(Objects.requireNonNull(confirmation, "confirmation"));
            return this;
        }

        /**
         * Sets where the subject lives.
         *
         * @param value the placement
         * @return this builder
         */
        public Builder placement(Placement value) {
            this.placement = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws IllegalArgumentException if the subject, or a member given an enrolment, is not a member of
         *         the household
         */
        public AssessmentRequest build() {
            return new AssessmentRequest(this);
        }
    }
}
