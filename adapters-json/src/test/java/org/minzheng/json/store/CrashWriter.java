package org.minzheng.json.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.minzheng.core.identity.Gender;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Relation;
import org.minzheng.json.TestData;
import org.minzheng.spi.storage.WriteContext;

/**
 * The child process of the crash test: writes households as fast as it can, printing
 * {@code ok N} after household N is committed, until it is killed.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    static Household household(int n, long version) {
        Person head = Person.builder().id("p-" + n).name("户主" + n).birthDate(LocalDate.of(1960, 1, 1 + n % 28))
                .gender(n % 2 == 0 ? Gender.FEMALE : Gender.MALE).hukou(HukouType.RURAL).version(version).build();
        return Household.builder().id("h-" + n).region(TestData.GAOQIAO).address("某村" + n + "号")
                .hukou(HukouType.RURAL).member(head, Relation.HEAD)
                .assets(Assets.NONE.withDeposits(Money.ofFen(n))).version(version).build();
    }

    public static void main(String[] args) {
        int start = Integer.parseInt(args[1]);
        WriteContext ctx = WriteContext.of("crash-test", "写入测试");
        try (JsonFileStorage store = JsonFileStorage.open(Path.of(args[0]))) {
            for (int n = start; ; n += 2) {
                int a = n;
                if (n % 3 == 0) {
                    store.inTransaction(tx -> tx.households().saveAll(List.of(household(a, 0), household(a + 1, 0)),
                            ctx));
                } else {
                    store.households().save(household(a, 0), ctx);
                    store.households().save(household(a + 1, 0), ctx);
                }
                System.out.println("ok " + (n + 1));
                System.out.flush();
            }
        }
    }
}
