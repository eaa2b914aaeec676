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

    /** Builds {@link Enrolments}. Not thread-safe. */
    public static final class Builder {
        private final Map<HouseholdId, Set<ProgramCode>> households = new HashMap<>();
        private final Map<PersonId, Set<ProgramCode>> persons = new HashMap<>();

        private Builder() {
        }

        /**
         * Records that a household receives a program.
         *
         * @param household the household
         * @param program the program
         * @return this builder
         */
        public Builder household(HouseholdId household, ProgramCode program) {
            households.computeIfAbsent(Objects.requireNonNull(household, "household"), k -> new HashSet<>())
                    .add(Objects.requireNonNull(program, "program"));
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
            persons.computeIfAbsent(Objects.requireNonNull(person, "person"), k -> new HashSet<>())
                    .add(Objects.requireNonNull(program, "program"));
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
            // sized for their entries: a region's enrolments are copied once, without growing the table step by step
            Map<HouseholdId, Set<ProgramCode>> h = new HashMap<>(capacity(households.size()));
            households.forEach((k, v) -> h.put(k, Set.copyOf(v)));
            Map<PersonId, Set<ProgramCode>> p = new HashMap<>(capacity(persons.size()));
            persons.forEach((k, v) -> p.put(k, Set.copyOf(v)));
            // the copies above are private to the result: wrapping them saves copying a whole region's enrolments
            // a second time (the monthly run builds them once a month)
            return new Enrolments(Collections.unmodifiableMap(h), Collections.unmodifiableMap(p));
        }

        /** The initial capacity of a hash map that holds {@code n} entries without resizing. */
        private static int capacity(int n) {
            return (int) Math.min(1 << 30, (long) Math.ceil(n / 0.75));
        }
    }
}
