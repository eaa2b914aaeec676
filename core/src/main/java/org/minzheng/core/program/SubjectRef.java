package org.minzheng.core.program;

import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;

/**
 * A reference to whom a case or service is for (服务/救助对象): a household or a person.
 * Exactly one of {@link #household()} and {@link #person()} is present, as {@link #kind()} says.
 */
public final class SubjectRef {

    private final SubjectKind kind;
    private final String id;

    private SubjectRef(SubjectKind kind, String id) {
        this.kind = kind;
        this.id = id;
    }

    /**
     * A reference to a household.
     *
     * @param id the household
     * @return the reference
     */
    public static SubjectRef household(HouseholdId id) {
        return new SubjectRef(SubjectKind.HOUSEHOLD, Objects.requireNonNull(id, "id").value());
    }

    /**
     * A reference to a person.
     *
     * @param id the person
     * @return the reference
     */
    public static SubjectRef person(PersonId id) {
        return new SubjectRef(SubjectKind.PERSON, Objects.requireNonNull(id, "id").value());
    }

    /**
     * A reference from its stored form.
     *
     * @param kind household or person
     * @param id the identifier's value
     * @return the reference
     * @throws org.minzheng.core.invariant.InvalidRecordException if {@code id} is blank
     */
    public static SubjectRef of(SubjectKind kind, String id) {
        Objects.requireNonNull(kind, "kind");
        return kind == SubjectKind.HOUSEHOLD ? household(HouseholdId.of(id)) : person(PersonId.of(id));
    }

    /**
     * Household or person.
     *
     * @return the kind
     */
    public SubjectKind kind() {
        return kind;
    }

    /**
     * The identifier's value, whichever the kind.
     *
     * @return the value
     */
    public String id() {
        return id;
    }

    /**
     * The household, if this refers to one.
     *
     * @return the household identifier
     */
    public Optional<HouseholdId> household() {
        return kind == SubjectKind.HOUSEHOLD ? Optional.of(HouseholdId.of(id)) : Optional.empty();
    }

    /**
     * The person, if this refers to one.
     *
     * @return the person identifier
     */
    public Optional<PersonId> person() {
        return kind == SubjectKind.PERSON ? Optional.of(PersonId.of(id)) : Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectRef s && s.kind == kind && s.id.equals(id);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + id.hashCode();
    }

    /**
     * The kind and the identifier, with an identity number in the identifier masked
     * ({@link IdNumber#maskWithin(String)}), e.g. {@code person:110105********002X}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return kind.code() + ":" + IdNumber.maskWithin(id);
    }
}
