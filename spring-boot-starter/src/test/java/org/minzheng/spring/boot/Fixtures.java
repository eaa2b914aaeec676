package org.minzheng.spring.boot;

import java.time.LocalDate;

import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;

/** Test data: a one-person rural household in 辛丰镇 (丹徒区). */
final class Fixtures {

    static final String FIXED_2022_10 = "2022-10-15T09:00:00+08:00";

    private Fixtures() {
    }

    static Household household() {
        return Household.builder().id("H1").region(RegionCode.parse("321112101201"))
                .address("辛丰镇某村3组").hukou(HukouType.RURAL).assets(Assets.NONE)
                .member(Person.builder().id("P1").name("王秀英").birthDate(LocalDate.of(1950, 3, 1))
                        .gender(Gender.FEMALE).hukou(HukouType.RURAL).build(), Relation.HEAD)
                .income(Income.of(IncomeKind.PENSION, Money.of("300.00"), PersonId.of("P1")))
                .build();
    }
}
