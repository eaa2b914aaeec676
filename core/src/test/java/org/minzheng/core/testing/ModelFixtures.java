package org.minzheng.core.testing;

import java.time.Instant;
import java.time.LocalDate;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.money.Money;

/** Shared test data for the domain model: valid identity numbers, persons and households. */
public final class ModelFixtures {

    /** 丹徒区 高桥镇. */
    public static final RegionCode GAOQIAO = RegionCode.parse("321112100");
    /** A fixed "today" for date checks. */
    public static final LocalDate TODAY = LocalDate.of(2022, 10, 31);
    /** A fixed instant. */
    public static final Instant NOW = Instant.parse("2022-10-31T08:00:00Z");


    private ModelFixtures() {
    }

    /**
     * A valid 18-digit identity number for the Dantu region.
     *
     * @param birth the birth date
     * @param sequence 0–999; odd is male, even female
     * @return the identity number
     */
    public static IdNumber idNumber(LocalDate birth, int sequence) {
        String body = "321112" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + String.format("%03d", sequence);
        return IdNumber.parse(IdNumber.complete(body));
    }

    /**
     * A person with an identity number, rural, at home.
     *
     * @param id the identifier
     * @param name the name
     * @param birth the birth date
     * @param sequence the identity-number sequence (odd male, even female)
     * @return the person
     */
    public static Person person(String id, String name, LocalDate birth, int sequence) {
        return Person.builder().id(id).name(name).idNumber(idNumber(birth, sequence))
                .hukou(HukouType.RURAL).build();
    }

    /** @return 张建国, born 1975-03-08, male */
    public static Person head() {
        return person("p-head", "张建国", LocalDate.of(1975, 3, 8), 11);
    }

    /** @return 李秀英, born 1978-06-20, female */
    public static Person spouse() {
        return person("p-spouse", "李秀英", LocalDate.of(1978, 6, 20), 22);
    }

    /** @return 张小明, born 2010-09-01, male */
    public static Person child() {
        return person("p-child", "张小明", LocalDate.of(2010, 9, 1), 33);
    }

    /**
     * A valid household builder: head, spouse, child, one wage income.
     *
     * @return the builder, ready to build
     */
    public static Household.Builder household() {
        return Household.builder().id("h-1").region(GAOQIAO).address("高桥镇某村12号")
                .hukou(HukouType.RURAL)
                .member(head(), Relation.HEAD).member(spouse(), Relation.SPOUSE)
                .member(child(), Relation.CHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of("1200.00"), PersonId.of("p-head")))
                .assets(Assets.NONE);
    }
}
