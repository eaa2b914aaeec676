package org.minzheng.spi.storage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;

/**
 * Cases with their history (业务及其办理记录).
 *
 * <p>A case is stored whole, with every transition of its history; loading it gives back an
 * equal case.
 */
public interface CaseRepository {

    /**
     * Finds a case by identifier.
     *
     * @param id the identifier
     * @return the case, or empty if not stored or (in a scoped view) outside the scope
     */
    Optional<Case> find(CaseId id);

    /**
     * Loads a case that must exist.
     *
     * @param id the identifier
     * @return the case
     * @throws RecordNotFoundException if not stored or (in a scoped view) outside the scope
     */
    default Case get(CaseId id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException(EntityType.CASE, id.value()));
    }

    /**
     * The cases of one subject (a household or a person), ordered by identifier. In a scoped
     * view, only the cases inside the scope.
     *
     * @param subject the subject
     * @return the cases
     */
    List<Case> findBySubject(SubjectRef subject);

    /**
     * Streams the cases of a program in a state, in a region or anywhere inside it, ordered by
     * identifier. Close the stream.
     *
     * @param program the program
     * @param state the current state
     * @param region the region
     * @return the cases
     * @throws RegionAccessException in a scoped view, if the region is not inside the scope
     */
    Stream<Case> streamByProgramAndState(ProgramCode program, CaseState state, RegionCode region);

    /**
     * The cases of a program in a state, in a region or anywhere inside it.
     *
     * @param program the program
     * @param state the current state
     * @param region the region
     * @return the cases, ordered by identifier
     * @throws RegionAccessException in a scoped view, if the region is not inside the scope
     */
    default List<Case> findByProgramAndState(ProgramCode program, CaseState state, RegionCode region) {
        try (Stream<Case> s = streamByProgramAndState(program, state, region)) {
            return s.toList();
        }
    }

    /**
     * Streams every case in a region or anywhere inside it, ordered by identifier. Close the
     * stream.
     *
     * @param region the region
     * @return the cases
     * @throws RegionAccessException in a scoped view, if the region is not inside the scope
     */
    Stream<Case> streamByRegion(RegionCode region);

    /**
     * Stores a new case (version 0) or a new version of a stored one.
     *
     * @param aCase the case
     * @param context who and why
     * @return the stored case with its new version
     * @throws StaleVersionException if the case was changed since it was read
     * @throws RegionAccessException in a scoped view, if the case is outside the scope, a stored
     *     case of that identifier is outside it, or the case's subject is not a household or
     *     person the view can see (the applicant is recorded as given and not checked)
     * @throws ValueTooLongException if a text is too long
     */
    Case save(Case aCase, WriteContext context);

    /**
     * Saves many cases atomically, in batches where the store can.
     *
     * @param cases the cases
     * @param context who and why
     * @return the stored cases, in the given order
     * @throws StorageException as {@link #save}; if any fails, none is written
     */
    List<Case> saveAll(Collection<Case> cases, WriteContext context);
}
