package org.minzheng.spark;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.LabourCapacity;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.StatusKind;

/**
 * A synthetic registry from a seed: household {@code i} is always the same household, so the driver can build the
 * very households the executors build. Synthetic data are facts; the rules decide (nothing here computes an amount
 * or an eligibility). Some rows are broken on purpose ({@link #broken(long)}): they must come back as rejections.
 */
final class SyntheticRegistry implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Counties of Zhenjiang (镇江) under the Jiangsu plugin; two get standards of their own in the tests. */
    static final List<String> COUNTIES = List.of("321102", "321111", "321112", "321181", "321182", "321183");

    private final long seed;
    private final long size;

    SyntheticRegistry(long seed, long size) {
        this.seed = seed;
        this.size = size;
    }

    long size() {
        return size;
    }

    /** Households are laid out county by county, as a registry partitioned by county is. */
    String county(long i) {
        return COUNTIES.get((int) (i * COUNTIES.size() / size));
    }

    /** Every 997th row is broken, in one of five ways by its index. */
    static boolean broken(long i) {
        return i % 997 == 13;
    }

    /** The path the reader must name for a broken row. */
    static String brokenPath(long i) {
        return switch ((int) (i / 997 % 5)) {
            case 0 -> "region";
            case 1 -> "members[0].birthDate";
            case 2 -> "incomes[0].monthlyAmount";
            case 3 -> "members[0].relation";
            default -> "assets";
        };
    }

    Household household(long i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        String id = "H" + i;
        RegionCode region = RegionCode.parse(county(i));
        HukouType hukou = r.nextInt(10) < 6 ? HukouType.RURAL : HukouType.URBAN;
        LocalDate headBirth = LocalDate.of(1930 + r.nextInt(75), 1 + r.nextInt(12), 1 + r.nextInt(28));
        Household.Builder b = Household.builder().id(id).region(region).hukou(hukou).address("地址" + i);
        List<Person> people = new ArrayList<>();
        people.add(person(r, id + "-0", headBirth, hukou));
        b.member(people.get(0), Relation.HEAD);
        if (r.nextInt(10) < 6) {
            Person spouse = person(r, id + "-1", headBirth.plusDays(r.nextInt(2000) - 1000), hukou);
            people.add(spouse);
            b.member(spouse, Relation.SPOUSE);
        }
        int children = headBirth.getYear() > 1950 ? r.nextInt(3) : 0;
        for (int c = 0; c < children; c++) {
            LocalDate birth = headBirth.plusYears(20 + r.nextInt(18)).plusDays(r.nextInt(300));
            if (birth.isAfter(LocalDate.of(2022, 9, 30))) {
                continue;
            }
            Person child = person(r, id + "-" + (2 + c), birth, hukou);
            people.add(child);
            b.member(child, Relation.CHILD);
        }
        for (Person p : people) {
            int age = 2022 - p.birthDate().getYear();
            if (age >= 18 && age < 60 && r.nextInt(10) < 6) {
                b.income(Income.of(IncomeKind.WAGE, Money.ofFen(r.nextLong(50_000, 600_000)), p.id()));
            } else if (age >= 60 && r.nextInt(10) < 7) {
                b.income(Income.of(IncomeKind.BASIC_PENSION, Money.ofFen(r.nextLong(15_000, 300_000)), p.id()));
            }
        }
        if (r.nextInt(10) == 0) {
            b.income(Income.of(IncomeKind.PROPERTY, Money.ofFen(r.nextLong(1_000, 80_000))));
        }
        Assets assets = new Assets(Money.ofFen(r.nextLong(0, 6_000_000)), Money.ofFen(r.nextInt(10) == 0
                ? r.nextLong(0, 2_000_000) : 0), r.nextInt(12) == 0 ? 1 : 0, Money.ZERO, r.nextInt(4) == 0 ? 2 : 1,
                Money.ZERO);
        if (assets.vehicles() > 0) {
            assets = assets.withVehicles(1, Money.ofFen(r.nextLong(1_000_000, 10_000_000)));
        }
        return b.assets(assets).build();
    }

    private static Person person(SplittableRandom r, String id, LocalDate birth, HukouType hukou) {
        Person.Builder p = Person.builder().id(id).name("姓名" + id).birthDate(birth)
                .gender(r.nextBoolean() ? Gender.MALE : Gender.FEMALE).hukou(hukou)
                .status(PersonStatus.of(r.nextInt(30) == 0 ? StatusKind.WORKING_AWAY : StatusKind.AT_HOME, birth))
                .seriouslyIll(r.nextInt(40) == 0);
        int roll = r.nextInt(20);
        if (roll == 0) {
            p.disability(Disability.of(DisabilityCategory.values()[r.nextInt(7)], 1 + r.nextInt(4)));
        }
        int age = 2022 - birth.getYear();
        if (age >= 16 && age < 60) {
            p.labourCapacity(r.nextInt(15) == 0 ? LabourCapacity.NONE : LabourCapacity.FULL);
        }
        return p.build();
    }

    // ------------------------------------------------------------------ rows (the writer side, kept apart from
    // the module's reader so that a mistake in one does not hide in the other)

    Row row(long i) {
        Row good = toRow(household(i));
        return broken(i) ? breakRow(good, brokenPath(i)) : good;
    }

    static Row toRow(Household h) {
        List<Row> members = new ArrayList<>();
        for (Member m : h.members()) {
            Person p = m.person();
            Row dis = p.disability().map(d -> RowFactory.create(d.category().code(), d.grade())).orElse(null);
            members.add(RowFactory.create(p.id().value(), null, p.name(), Date.valueOf(p.birthDate()),
                    p.gender().code(), p.hukou().code(), m.relation().code(), p.seriouslyIll(),
                    p.labourCapacity().map(LabourCapacity::code).orElse(null), p.status().kind().code(),
                    Date.valueOf(p.status().since()), dis, null));
        }
        List<Row> incomes = new ArrayList<>();
        for (Income in : h.incomes()) {
            incomes.add(RowFactory.create(in.kind().code(), in.monthlyAmount().amount(),
                    in.earner().map(e -> e.value()).orElse(null)));
        }
        Assets a = h.assets();
        Row assets = RowFactory.create(a.deposits().amount(), a.securities().amount(), a.vehicles(),
                a.vehiclesValue().amount(), a.realEstate(), a.realEstateValue().amount());
        return RowFactory.create(h.id().value(), h.region().value(), h.address(), h.hukou().code(),
                scala(members), scala(incomes), assets);
    }

    private static Row breakRow(Row good, String path) {
        Object[] v = new Object[good.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = good.get(k);
        }
        switch (path) {
            case "region" -> v[1] = "99999x";
            case "assets" -> v[6] = null;
            case "incomes[0].monthlyAmount" -> v[5] = scala(List.of(RowFactory.create("wage", new BigDecimal("-1.00"),
                    null)));
            default -> {
                List<Row> members = new ArrayList<>(good.<Row>getList(4));
                Row m = members.get(0);
                Object[] f = new Object[m.size()];
                for (int k = 0; k < f.length; k++) {
                    f[k] = m.get(k);
                }
                if (path.endsWith("birthDate")) {
                    f[3] = null;
                } else {
                    f[6] = "cousin";
                }
                members.set(0, RowFactory.create(f));
                v[4] = scala(members);
            }
        }
        return RowFactory.create(v);
    }

    private static <T> scala.collection.immutable.Seq<T> scala(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
    }
}
