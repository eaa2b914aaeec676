package org.minzheng.core.registry;

import java.util.Objects;

/**
 * A member of a household (家庭成员): the person and the relation to the head (与户主关系).
 *
 * @param person the person
 * @param relation the relation to the head
 */
public record Member(Person person, Relation relation) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public Member {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(relation, "relation");
    }

    /**
     * Creates a member.
     *
     * @param person the person
     * @param relation the relation to the head
     * @return the member
     */
    public static Member of(Person person, Relation relation) {
        return new Member(person, relation);
    }
}
