package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.decision.Fixtures.OCT_2022;
import static org.minzheng.core.decision.Fixtures.born;
import static org.minzheng.core.decision.Fixtures.household;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.minzheng.core.builtin.BuiltInPrograms;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.standards.ResolvedStandards;

/**
 * Issue 12: a member born after the month assessed, or dead before it, is no member that month — in every program.
 * For every built-in household program without an application, adding such a person (even severely disabled, a
 * minor, with an income of their own) changes nothing in the decision.
 */
class MembersOfTheMonthPropertyTest {

    @Test
    void property_aMemberNotYetBornOrDeadBeforeTheMonth_changesNoHouseholdDecision() {
        ResolvedStandards s = Fixtures.standardsBuilder().set(Dibao.ADDON_SHARE_MINOR, new BigDecimal("0.1"))
                .set(Dibao.ADDON_SHARE_SEVERE_DISABILITY, new BigDecimal("0.2"))
                .set(Dibao.SINGLE_PERSON_COVER, true).build();
        qt().withFixedSeed(1218).withExamples(200)
                .forAll(integers().between(0, 4000), integers().between(1, 400), booleans().all(),
                        integers().between(0, 800))
                .checkAssert((wage, days, unborn, ownIncome) -> {
                    Person head = born(1950, 6, 1);
                    Household base = household(head).member(born(1980, 2, 2), Relation.CHILD)
                            .income(Income.of(IncomeKind.WAGE, Money.of(wage + ""), head.id())).build();
                    Person extra = unborn
                            ? Fixtures.person(OCT_2022.atEndOfMonth().plusDays(days))
                                    .disability(Fixtures.disability(DisabilityCategory.PHYSICAL, 1)).build()
                            : Fixtures.person(LocalDate.of(1990, 1, 1))
                                    .disability(Fixtures.disability(DisabilityCategory.PHYSICAL, 1))
                                    .status(new PersonStatus(StatusKind.DECEASED, OCT_2022.atDay(1).minusDays(days)))
                                    .build();
                    Household more = base.toBuilder().member(extra, Relation.GRANDCHILD)
                            .income(Income.of(IncomeKind.PENSION, Money.of(ownIncome + ""), extra.id())).build();
                    for (ProgramRule<?> p : BuiltInPrograms.all()) {
                        if (p.subjectKind() != SubjectKind.HOUSEHOLD || p.application().isPresent()) {
                            continue;
                        }
                        Decision a = p.assess(Fixtures.facts(base).build(), s);
                        Decision b = p.assess(Fixtures.facts(more).build(), s);
                        assertThat(b.eligible()).as(p.code()).isEqualTo(a.eligible());
                        assertThat(b.amount()).as(p.code()).isEqualTo(a.amount());
                        assertThat(b.reasons()).as(p.code()).isEqualTo(a.reasons());
                        assertThat(b.notes()).as(p.code()).isEqualTo(a.notes());
                    }
                });
    }
}
