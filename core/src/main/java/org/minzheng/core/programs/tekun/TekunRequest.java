package org.minzheng.core.programs.tekun;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Placement;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.rule.Supporter;

/**
 * What the 特困 rule reads about a person (特困审核事项).
 *
 * @param person the person assessed
 * @param alreadyInTekun whether the person is in 特困 support at the start of the month (a minor stays
 *        covered to {@link Tekun#AGE_MINOR_CONTINUED})
 * @param ownIncomes the person's own monthly incomes
 * @param householdAssets the assets of the household the person lives in
 * @param householdMembers the members of that household in the month, among whom the assets are divided
 * @param supporters the person's legal supporters
 * @param endOfMonth the last day of the month, on which ages and statuses are judged
 * @param placement where the person is supported: in an institution (集中供养) or at home (分散供养)
 */
public record TekunRequest(Person person, boolean alreadyInTekun, List<Income> ownIncomes, Assets householdAssets,
                           int householdMembers, List<Supporter> supporters, LocalDate endOfMonth,
                           Placement placement) {

    /**
     * Checks and copies the parts.
     *
     * @param person the person
     * @param alreadyInTekun whether already in support
     * @param ownIncomes the person's incomes
     * @param householdAssets the household's assets
     * @param householdMembers the household's members in the month
     * @param supporters the supporters
     * @param endOfMonth the last day of the month
     * @param placement the placement
     */
    public TekunRequest {
        Objects.requireNonNull(person, "person");
        ownIncomes = List.copyOf(ownIncomes);
        Objects.requireNonNull(householdAssets, "householdAssets");
        if (householdMembers < 1) {
            throw new IllegalArgumentException("a household has at least one member");
        }
        supporters = List.copyOf(supporters);
        Objects.requireNonNull(endOfMonth, "endOfMonth");
        Objects.requireNonNull(placement, "placement");
    }

    /**
     * A request for a person supported at home (分散供养), as before placements were read.
     *
     * @param person the person
     * @param alreadyInTekun whether already in support
     * @param ownIncomes the person's incomes
     * @param householdAssets the household's assets
     * @param householdMembers the household's members in the month
     * @param supporters the supporters
     * @param endOfMonth the last day of the month
     */
    public TekunRequest(Person person, boolean alreadyInTekun, List<Income> ownIncomes, Assets householdAssets,
                        int householdMembers, List<Supporter> supporters, LocalDate endOfMonth) {
        this(person, alreadyInTekun, ownIncomes, householdAssets, householdMembers, supporters, endOfMonth,
                Placement.DISPERSED);
    }

    /**
     * Reads the request from the facts about a person.
     *
     * @param facts the facts
     * @return the request
     */
    public static TekunRequest from(SubjectFacts facts) {
        Person p = facts.person();
        List<Income> own = new ArrayList<>();
        for (Income inc : facts.household().incomes()) {
            if (inc.earner().isPresent() && inc.earner().get().equals(p.id())) {
                own.add(inc);
            }
        }
        return new TekunRequest(p, facts.enrolments().personIn(p.id(), NationalPrograms.TEKUN), own,
                facts.household().assets(), Math.max(1, facts.members().size()),
                // spouse, parents and children in the household are legal supporters like those outside (issue 12)
                org.minzheng.core.rule.Kinship.legalSupporters(facts),
                facts.endOfMonth(), facts.placement());
    }
}
