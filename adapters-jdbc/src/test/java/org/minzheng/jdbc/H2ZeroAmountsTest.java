package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.spi.storage.WriteContext;
import org.minzheng.tck.storage.StorageFixtures;

/**
 * Zero amounts read back are the shared {@link Money#ZERO}, and a household without assets has {@link Assets#NONE}
 * (decision record 0441): a monthly run holds a county's households, and most of their asset amounts are zero.
 * Values are what was saved either way; this checks that no copy is made.
 */
class H2ZeroAmountsTest {

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
}
