package org.minzheng.core.decision;

import java.time.YearMonth;

import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.programs.temporary.TemporaryNeed;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Placement;
import org.minzheng.core.rule.Enrolments;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.rule.Supporter;

/** Builds {@link SubjectFacts} for the month of the fixtures, in the words the program tests use. */
final class Req {

    private final SubjectFacts.Builder facts;
    private final Household household;
    private final Enrolments.Builder enrolments = Enrolments.builder();

    private Req(SubjectFacts.Builder facts, Household household) {
        this.facts = facts;
        this.household = household;
    }

    static Req forHousehold(Household h) {
        return new Req(SubjectFacts.forHousehold(h, Fixtures.OCT_2022), h);
    }

    static Req forPerson(Household h, PersonId person) {
        return new Req(SubjectFacts.forPerson(h, person, Fixtures.OCT_2022), h);
    }

    static Req forPerson(Household h, PersonId person, YearMonth month) {
        return new Req(SubjectFacts.forPerson(h, person, month), h);
    }

    Req enrolled(ProgramCode householdProgram) {
        enrolments.household(household.id(), householdProgram);
        return this;
    }

    Req enrolled(PersonId person, ProgramCode program) {
        enrolments.person(person, program);
        return this;
    }

    Req supporter(Supporter s) {
        facts.supporter(s);
        return this;
    }

    Req temporaryNeed(TemporaryNeed need) {
        facts.application(need);
        return this;
    }

    Req guardianshipConfirmation(GuardianshipConfirmation c) {
        facts.record(c);
        return this;
    }

    Req placement(Placement p) {
        facts.placement(p);
        return this;
    }

    SubjectFacts build() {
        return facts.enrolments(enrolments.build()).build();
    }
}
