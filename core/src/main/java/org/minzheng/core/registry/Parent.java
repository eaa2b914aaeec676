package org.minzheng.core.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * What the registry knows of a child's parent (父母情况): a reference to the parent's own
 * {@link Person} record when there is one, and the facts the child-welfare rules need even when
 * there is not — status with its since-date, disability and serious illness
 * (民发〔2019〕62号, 国发〔2016〕36号).
 *
 * @param role father or mother
 * @param person the parent's person record, if registered
 * @param status the parent's status
 * @param disability the parent's disability, if any
 * @param seriouslyIll whether the parent is seriously ill (重病)
 */
public record Parent(ParentRole role, Optional<PersonId> person, PersonStatus status,
                     Optional<Disability> disability, boolean seriouslyIll) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public Parent {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(disability, "disability");
    }

    /**
     * A parent known only by status, without disability or illness.
     *
     * @param role father or mother
     * @param status the status
     * @return the parent
     */
    public static Parent of(ParentRole role, PersonStatus status) {
        return new Parent(role, Optional.empty(), status, Optional.empty(), false);
    }

    /**
     * A copy referring to the parent's person record.
     *
     * @param id the parent's person identifier
     * @return the copy
     */
    public Parent withPerson(PersonId id) {
        return new Parent(role, Optional.of(id), status, disability, seriouslyIll);
    }

    /**
     * A copy with a disability.
     *
     * @param value the disability
     * @return the copy
     */
    public Parent withDisability(Disability value) {
        return new Parent(role, person, status, Optional.of(value), seriouslyIll);
    }

    /**
     * A copy with the serious-illness flag set.
     *
     * @param value whether seriously ill
     * @return the copy
     */
    public Parent withSeriouslyIll(boolean value) {
        return new Parent(role, person, status, disability, value);
    }
}
