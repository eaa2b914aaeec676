package org.minzheng.core.rule;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;

/**
 * Who is enrolled in what (在保情况): the programs a household, and each person, receive at the start of the
 * month assessed — a case active or in gradual exit. Rules read it where policy ties one program to
 * another (两项补贴's living subsidy only inside 低保; a member in 特困 support is not counted for 低保).
 *
 * <p>Immutable and thread-safe.
 */
public final class Enrolments {

    private static final Enrolments NONE = new Enrolments(Map.of(), Map.of());

    private final Map<HouseholdId, Set<ProgramCode>> households;
    private final Map<PersonId, Set<ProgramCode>> persons;

    private Enrolments(Map<HouseholdId, Set<ProgramCode>> households, Map<PersonId, Set<ProgramCode>> persons) {
        this.households = households;
        this.persons = persons;
    }

    /**
     * No enrolments.
     *
     * @return the empty enrolments
     */
    public static Enrolments none() {
        return NONE;
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a household receives a program.
     *
     * @param household the household
     * @param program the program
     * @return true when enrolled
     */
    public boolean householdIn(HouseholdId household, ProgramCode program) {
        Set<ProgramCode> s = households.get(Objects.requireNonNull(household, "household"));
        return s != null && s.contains(program);
    }

    /**
     * Whether a person personally receives a program.
     *
     * @param person the person
     * @param program the program
     * @return true when enrolled
     */
    public boolean personIn(PersonId person, ProgramCode program) {
        Set<ProgramCode> s = persons.get(Objects.requireNonNull(person, "person"));
        return s != null && s.contains(program);
    }

    /**
     * The programs a household receives.
     *
     * @param household the household
     * @return an unmodifiable set, empty when none
     */
    public Set<ProgramCode> ofHousehold(HouseholdId household) {
        return households.getOrDefault(Objects.requireNonNull(household, "household"), Set.of());
    }

    /**
     * The programs a person personally receives.
     *
     * @param person the person
     * @return an unmodifiable set, empty when none
     */
    public Set<ProgramCode> ofPerson(PersonId person) {
        return persons.getOrDefault(Objects.requireNonNull(person, "person"), Set.of());
    }

    /**
     * Whether the enrolments are empty.
     *
     * @return true when nobody is enrolled in anything
     */
    public boolean isEmpty() {
        return households.isEmpty() && persons.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Enrolments e && e.households.equals(households) && e.persons.equals(persons);
    }

    @Override
    public int hashCode() {
        return households.hashCode() * 31 + persons.hashCode();
    }

    /** Identifiers and codes only. */
    @Override
    public String toString() {
        return "Enrolments[households=" + households + ", persons=" + persons + "]";
    }

    /**
     * Builds {@link Enrolments}. Not thread-safe.
     *
     * <p>It keeps each subject's programs as an unmodifiable set (the set of the one program a subject mostly has is
     * shared), and {@link #build()} hands its maps to the result, copying them first only when the builder is used
     * again: a monthly run builds a region's enrolments once, and a set and a copy of every entry made it one of
     * the run's serial costs (decision record 0433).
     */
    public static final class Builder {
        private Map<HouseholdId, Set<ProgramCode>> households = new HashMap<>();
        private Map<PersonId, Set<ProgramCode>> persons = new HashMap<>();
        /** Whether the maps above were handed to a result of {@link #build()}: copied before the next change. */
        private boolean built;
        private ProgramCode lastProgram;
        private Set<ProgramCode> lastSingle;

        private Builder() {
        }

        /** Before a change: copies the maps given to an earlier result, which must not change. */
        private void own() {
            if (built) {
                households = new HashMap<>(households);
                persons = new HashMap<>(persons);
                built = false;
            }
        }

        /** The set of a program alone, the same for consecutive calls with the same program. */
        private Set<ProgramCode> single(ProgramCode program) {
            if (!program.equals(lastProgram)) {
                lastProgram = program;
                lastSingle = Set.of(program);
            }
            return lastSingle;
        }

        /**
         * Adds a program to a subject's set of programs, kept unmodifiable. The caller calls {@link #own()} first and
         * then passes the field (a map passed before would be the one given away).
         */
        private static <K> void add(Map<K, Set<ProgramCode>> map, K key, Set<ProgramCode> single,
                                    ProgramCode program) {
            Set<ProgramCode> before = map.putIfAbsent(key, single);
            if (before != null && !before.contains(program)) {
                Set<ProgramCode> more = new HashSet<>(before);
                more.add(program);
                map.put(key, Set.copyOf(more));
            }
        }

        /**
         * Records that a household receives a program.
         *
         * @param household the household
         * @param program the program
         * @return this builder
         */
        public Builder household(HouseholdId household, ProgramCode program) {
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(program, "program");
            own();
            add(households, household, single(program), program);
            return this;
        }

        /**
         * Records that a person receives a program.
         *
         * @param person the person
         * @param program the program
         * @return this builder
         */
        public Builder person(PersonId person, ProgramCode program) {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(program, "program");
            own();
            add(persons, person, single(program), program);
            return this;
        }

        /**
         * Records that a case's subject receives its program.
         *
         * @param subject the household or person
         * @param program the program
         * @return this builder
         */
        public Builder subject(SubjectRef subject, ProgramCode program) {
            subject.household().ifPresent(h -> household(h, program));
            subject.person().ifPresent(p -> person(p, program));
            return this;
        }

        /**
         * Builds the enrolments.
         *
         * @return the enrolments
         */
        public Enrolments build() {
            if (households.isEmpty() && persons.isEmpty()) {
                return NONE;
            }
            // the sets are unmodifiable and the maps are copied before this builder changes them again: the result
            // shares them and nothing can change them
            built = true;
            return new Enrolments(Collections.unmodifiableMap(households), Collections.unmodifiableMap(persons));
        }
    }
}
