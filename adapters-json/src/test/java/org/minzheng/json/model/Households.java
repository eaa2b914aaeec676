package org.minzheng.json.model;

import java.time.LocalDate;
import java.util.Random;

import org.minzheng.core.identity.DisabilityCertificateNumber;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.LabourCapacity;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.json.TestData;

/** Households of varied shapes from a seed, all valid. */
final class Households {

    private Households() {
    }

    static Household random(int seed) {
        Random r = new Random(seed);
        String id = "h-" + seed;
        Household.Builder b = Household.builder().id(id).region(TestData.GAOQIAO).address("某村" + r.nextInt(100) + "号")
                .hukou(r.nextBoolean() ? HukouType.URBAN : HukouType.RURAL).version(r.nextInt(5));
        int members = 1 + r.nextInt(5);
        for (int i = 0; i < members; i++) {
            LocalDate birth = i == 0 ? LocalDate.of(1950 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28))
                    : LocalDate.of(1990 + r.nextInt(25), 1 + r.nextInt(12), 1 + r.nextInt(28));
            Person.Builder p = Person.builder().id(id + "-" + i).name("成员" + i).hukou(HukouType.RURAL);
            if (r.nextInt(4) == 0) {
                p.birthDate(birth).gender(r.nextBoolean() ? Gender.MALE : Gender.FEMALE);
            } else {
                var idNumber = TestData.idNumber(birth, r.nextInt(1000));
                p.idNumber(idNumber);
                if (r.nextInt(3) == 0) {
                    p.disability(Disability.of(DisabilityCertificateNumber.parse(idNumber.value()
                            + (1 + r.nextInt(7)) + (1 + r.nextInt(4)))));
                }
            }
            if (r.nextBoolean()) {
                p.labourCapacity(LabourCapacity.values()[r.nextInt(3)]);
            }
            if (r.nextInt(3) == 0) {
                p.status(StatusKind.WORKING_AWAY, LocalDate.of(2021, 1, 1));
            }
            p.seriouslyIll(r.nextInt(5) == 0);
            b.member(p.build(), i == 0 ? Relation.HEAD : i == 1 ? Relation.SPOUSE : Relation.CHILD);
            if (r.nextBoolean()) {
                b.income(Income.of(IncomeKind.values()[r.nextInt(IncomeKind.values().length)],
                        Money.ofFen(r.nextInt(500_000)), PersonId.of(id + "-" + i)));
            }
        }
        b.assets(Assets.NONE.withDeposits(Money.ofFen(r.nextInt(10_000_000))));
        return b.build();
    }
}
