package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.Case;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;
import org.minzheng.spi.storage.WriteContext;
import org.minzheng.tck.storage.StorageFixtures;

/**
 * Values read back that a monthly run would otherwise hold a copy of per household or case (it holds a county's):
 * zero amounts are {@link Money#ZERO} and no assets {@link Assets#NONE} (decision record 0441); the programs and
 * regions of the cases and households one query reads, and an income's earner and the member it names, are one
 * object each (decision record 0442). Values are what was saved either way; this checks that no copy is made.
 */
class H2SharedReadValuesTest {

    private static final WriteContext CTX = WriteContext.of("test", "zero amounts");

    @Test
    void aHouseholdWithoutAssets_readsAsAssetsNone_andZeroAmountsAsMoneyZero() {
        try (JdbcStorage storage = JdbcStorage.h2InMemory()) {
            Household none = StorageFixtures.household("H-NONE", StorageFixtures.GAOZI, 1).toBuilder()
                    .assets(Assets.NONE).build();
            Household car = StorageFixtures.household("H-CAR", StorageFixtures.GAOZI, 2).toBuilder()
                    .assets(new Assets(Money.ZERO, Money.of("0.00"), 1, Money.of("35000.00"), 0, Money.ZERO)).build();
            storage.inTransaction(tx -> {
                tx.households().save(none, CTX);
                return tx.households().save(car, CTX);
            });
            Household readNone = storage.households().find(HouseholdId.of("H-NONE")).orElseThrow();
            Household readCar = storage.households().find(HouseholdId.of("H-CAR")).orElseThrow();
            assertThat(readNone.assets()).isSameAs(Assets.NONE);
            assertThat(readCar.assets()).isEqualTo(car.assets());
            assertThat(readCar.assets().deposits()).isSameAs(Money.ZERO);
            assertThat(readCar.assets().securities()).isSameAs(Money.ZERO);
            assertThat(readCar.assets().vehiclesValue()).isEqualTo(Money.of("35000.00"));
            // a non-zero amount keeps its value and scale
            assertThat(readCar.assets().vehiclesValue().amount().scale()).isEqualTo(2);
        }
    }

    @Test
    void casesAndHouseholdsReadTogether_shareTheirProgramAndRegion_andAnEarnerIsItsMember() {
        try (JdbcStorage storage = JdbcStorage.h2InMemory()) {
            Household a = StorageFixtures.household("H-A", StorageFixtures.GAOZI, 1);
            Household b = StorageFixtures.household("H-B", StorageFixtures.GAOZI, 2);
            storage.inTransaction(tx -> {
                tx.households().saveAll(List.of(a, b), CTX);
                return tx.cases().saveAll(List.of(
                        StorageFixtures.activeDibaoCase("C-A", "H-A", StorageFixtures.GAOZI),
                        StorageFixtures.activeDibaoCase("C-B", "H-B", StorageFixtures.GAOZI)), CTX);
            });
            List<Case> cases;
            try (Stream<Case> s = storage.cases()
                    .streamByRegion(StorageFixtures.GAOZI)) {
                cases = s.toList();
            }
            assertThat(cases).hasSize(2);
            assertThat(cases.get(1).program()).isEqualTo(cases.get(0).program()).isSameAs(cases.get(0).program());
            assertThat(cases.get(1).region()).isEqualTo(StorageFixtures.GAOZI).isSameAs(cases.get(0).region());

            List<Household> read = storage.households().findByRegion(StorageFixtures.GAOZI);
            assertThat(read).hasSize(2);
            assertThat(read.get(1).region()).isSameAs(read.get(0).region());
            for (Household h : read) {
                Household saved = h.id().equals(a.id()) ? a : b;
                assertThat(h.incomes()).isEqualTo(saved.incomes());
                assertThat(h.assets()).isEqualTo(saved.assets());
                PersonId head = h.members().get(0).person().id();
                assertThat(h.incomes().get(0).earner()).containsSame(head);
            }
        }
    }
}
