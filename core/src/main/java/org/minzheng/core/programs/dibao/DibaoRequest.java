package org.minzheng.core.programs.dibao;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.RigidExpenditure;
import org.minzheng.core.rule.SubjectFacts;

/**
 * What the dibao rule reads about a household (低保审核事项).
 *
 * @param hukou the household's hukou, which chooses the urban or rural standard
 * @param members the members in the month assessed (born, not deceased before it)
 * @param inTekun the members personally in 特困 support, who are not counted
 * @param incomes the household's monthly incomes
 * @param assets the household's assets
 * @param endOfMonth the last day of the month, on which ages and statuses are judged
 * @param rigidExpenditures the household's recorded rigid expenditures (刚性支出), which regions may deduct
 */
public record DibaoRequest(HukouType hukou, List<Member> members, Set<PersonId> inTekun, List<Income> incomes,
                           Assets assets, LocalDate endOfMonth, List<RigidExpenditure> rigidExpenditures) {

    /**
     * Checks and copies the parts.
     *
     * @param hukou the hukou
     * @param members the members
     * @param inTekun the members in 特困 support
     * @param incomes the incomes
     * @param assets the assets
     * @param endOfMonth the last day of the month
     * @param rigidExpenditures the rigid expenditures
     */
    public DibaoRequest {
        Objects.requireNonNull(hukou, "hukou");
        members = List.copyOf(members);
        inTekun = Set.copyOf(inTekun);
        incomes = List.copyOf(incomes);
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(endOfMonth, "endOfMonth");
        rigidExpenditures = List.copyOf(rigidExpenditures);
    }

    /**
     * A request without rigid expenditures (the form before they were recorded).
     *
     * @param hukou the hukou
     * @param members the members
     * @param inTekun the members in 特困 support
     * @param incomes the incomes
     * @param assets the assets
     * @param endOfMonth the last day of the month
     */
    public DibaoRequest(HukouType hukou, List<Member> members, Set<PersonId> inTekun, List<Income> incomes,
                        Assets assets, LocalDate endOfMonth) {
        this(hukou, members, inTekun, incomes, assets, endOfMonth, List.of());
    }

    /**
     * Reads the request from the facts about a household.
     *
     * @param facts the facts
     * @return the request
     */
    public static DibaoRequest from(SubjectFacts facts) {
        Set<PersonId> tekun = null; // made only for a household with a member in 特困 (most have none)
        List<Member> members = facts.members();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (facts.enrolments().personIn(m.person().id(), NationalPrograms.TEKUN)) {
                if (tekun == null) {
                    tekun = new HashSet<>();
                }
                tekun.add(m.person().id());
            }
        }
        return new DibaoRequest(facts.household().hukou(), facts.members(), tekun == null ? Set.of() : tekun,
                facts.household().incomes(), facts.household().assets(), facts.endOfMonth(),
                facts.household().rigidExpenditures());
    }
}
