package org.minzheng.spi.storage;

import java.util.Optional;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;

/**
 * Persons (人员).
 *
 * <p>A person is usually stored as a member of a household and then lies in the household's
 * region. A person stored alone (not a member of any household) has no region: a region-scoped
 * view does not see such a person and refuses to write one. An identity number belongs to at most
 * one stored person.
 */
public interface PersonRepository {

    /**
     * Finds a person by identifier.
     *
     * @param id the identifier
     * @return the person, or empty if not stored or (in a scoped view) outside the scope
     */
    Optional<Person> find(PersonId id);

    /**
     * Loads a person that must exist.
     *
     * @param id the identifier
     * @return the person
     * @throws RecordNotFoundException if not stored or (in a scoped view) outside the scope
     */
    default Person get(PersonId id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException(EntityType.PERSON, id.value()));
    }

    /**
     * Finds a person by identity number.
     *
     * @param idNumber the identity number
     * @return the person, or empty if none or (in a scoped view) the person is outside the scope
     */
    Optional<Person> findByIdNumber(IdNumber idNumber);

    /**
     * The household a person is a member of.
     *
     * @param id the person's identifier
     * @return the household's identifier, or empty (also in a scoped view when the person is
     *     outside the scope)
     */
    Optional<HouseholdId> householdOf(PersonId id);

    /**
     * Stores a new person (version 0) or a new version of a stored one. A member of a household
     * stays a member.
     *
     * @param person the person
     * @param context who and why
     * @return the stored person with its new version
     * @throws StaleVersionException if the person was changed since it was read
     * @throws DuplicateRecordException if the identity number is stored for another person
     * @throws RegionAccessException in a scoped view, if the person is new (it would have no
     *     region), is stored outside the scope, or its identity number is stored for a person the
     *     view cannot see
     * @throws ValueTooLongException if a text is too long
     */
    Person save(Person person, WriteContext context);
}
