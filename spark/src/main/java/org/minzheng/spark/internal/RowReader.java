package org.minzheng.spark.internal;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.minzheng.core.code.Coded;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.ActivityOfDailyLiving;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.LabourCapacity;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.spark.RejectionRow;

/**
 * Turns one household row into a minzheng {@link Household}, or into the reasons it cannot be one. Every problem is
 * reported with its canonical path and a reason in Chinese and English; values are never copied into a reason, so
 * a rejection carries no personal data. Nothing here throws on bad data.
 */
public final class RowReader implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Used where the row has no name or address: rules never read them (decision record 0332). */
    public static final String NOT_GIVEN = "未提供";

    // canonical field positions (HouseholdRows)
    private static final int H_ID = 0, H_REGION = 1, H_ADDRESS = 2, H_HUKOU = 3, H_MEMBERS = 4, H_INCOMES = 5,
            H_ASSETS = 6;
    private static final int M_ID = 0, M_ID_NUMBER = 1, M_NAME = 2, M_BIRTH = 3, M_GENDER = 4, M_HUKOU = 5,
            M_RELATION = 6, M_ILL = 7, M_LABOUR = 8, M_STATUS = 9, M_SINCE = 10, M_DISABILITY = 11, M_SELF_CARE = 12;
    private static final int D_CATEGORY = 0, D_GRADE = 1;
    private static final int I_KIND = 0, I_AMOUNT = 1, I_EARNER = 2;
    private static final int A_DEPOSITS = 0, A_SECURITIES = 1, A_VEHICLES = 2, A_VEHICLES_VALUE = 3, A_REAL_ESTATE = 4,
            A_REAL_ESTATE_VALUE = 5;

    private final int[] household;
    private final int[] member;
    private final int[] disability;
    private final int[] income;
    private final int[] assets;

    /**
     * A reader for rows of a layout.
     *
     * @param layout where the fields sit
     */
    public RowReader(RowLayout layout) {
        this.household = layout.indices("");
        this.member = layout.indices("members");
        this.disability = layout.indices("members.disability");
        this.income = layout.indices("incomes");
        this.assets = layout.indices("assets");
    }

    /**
     * The household of a row, or why there is none.
     *
     * @param household the household, if the row is valid
     * @param key the row key: the household id, or {@code #position}
     * @param rejections the problems (empty when the row is valid)
     */
    public record Read(Optional<Household> household, String key, List<RejectionRow> rejections) {
    }

    /**
     * Reads a row.
     *
     * @param row the row
     * @param position where the row is ({@code partition:index}), the key when its id is unusable
     * @return the household or the rejections
     */
    public Read read(Row row, String position) {
        Problems p = new Problems();
        String rawId = string(row, household, H_ID);
        HouseholdId valid = null;
        try {
            valid = rawId == null ? null : HouseholdId.of(rawId);
        } catch (RuntimeException e) {
            // reported below, under the row's position
        }
        // toString masks an identity number used inside an id: the key of a rejection is no personal data
        String key = valid != null ? valid.toString() : "#" + position;
        p.key = key;
        HouseholdId id = rawId == null ? p.missing("id") : valid != null ? valid
                : parse("id", p, () -> HouseholdId.of(rawId));
        String regionText = string(row, household, H_REGION);
        RegionCode region = regionText == null ? p.missing("region")
                : parse("region", p, () -> RegionCode.parse(regionText));
        HukouType hukou = coded(row, household, H_HUKOU, "hukou", HukouType.class, true, p);
        String address = string(row, household, H_ADDRESS);
        Household.Builder b = Household.builder();
        List<Row> members = list(row, household, H_MEMBERS);
        if (members == null || members.isEmpty()) {
            p.add("members", "家庭至少应有一名成员", "A household has at least one member");
        } else {
            for (int i = 0; i < members.size(); i++) {
                Row m = members.get(i);
                String path = "members[" + i + "]";
                if (m == null) {
                    p.add(path, "成员为空", "The member is null");
                    continue;
                }
                Relation relation = coded(m, member, M_RELATION, path + ".relation", Relation.class, true, p);
                Person person = person(m, path, hukou, p);
                if (person != null && relation != null) {
                    b.member(person, relation);
                }
            }
        }
        List<Row> incomes = list(row, household, H_INCOMES);
        if (incomes != null) {
            for (int i = 0; i < incomes.size(); i++) {
                Row r = incomes.get(i);
                String path = "incomes[" + i + "]";
                if (r == null) {
                    p.add(path, "收入为空", "The income is null");
                    continue;
                }
                IncomeKind kind = coded(r, income, I_KIND, path + ".kind", IncomeKind.class, true, p);
                Money amount = money(r, income, I_AMOUNT, path + ".monthlyAmount", p);
                String earner = string(r, income, I_EARNER);
                PersonId earnerId = earner == null ? null : parse(path + ".earner", p, () -> PersonId.of(earner));
                if (amount != null && amount.isNegative()) {
                    p.add(path + ".monthlyAmount", "收入不能为负", "An income cannot be negative");
                } else if (kind != null && amount != null) {
                    b.income(earnerId == null ? Income.of(kind, amount) : Income.of(kind, amount, earnerId));
                }
            }
        }
        Row a = struct(row, household, H_ASSETS);
        Assets assetsValue = null;
        if (a == null) {
            p.missing("assets");
        } else {
            Money deposits = money(a, assets, A_DEPOSITS, "assets.deposits", p);
            Money securities = money(a, assets, A_SECURITIES, "assets.securities", p);
            Integer vehicles = integer(a, assets, A_VEHICLES, "assets.vehicles", p);
            Money vehiclesValue = money(a, assets, A_VEHICLES_VALUE, "assets.vehiclesValue", p);
            Integer realEstate = integer(a, assets, A_REAL_ESTATE, "assets.realEstate", p);
            Money realEstateValue = money(a, assets, A_REAL_ESTATE_VALUE, "assets.realEstateValue", p);
            if (deposits != null && securities != null && vehicles != null && vehiclesValue != null
                    && realEstate != null && realEstateValue != null) {
                assetsValue = parse("assets", p,
                        () -> new Assets(deposits, securities, vehicles, vehiclesValue, realEstate, realEstateValue));
            }
        }
        if (!p.list.isEmpty()) {
            return new Read(Optional.empty(), key, p.list);
        }
        try {
            Household h = b.id(id).region(region).hukou(hukou)
                    .address(address == null || address.isBlank() ? NOT_GIVEN : address)
                    .assets(assetsValue).build();
            return new Read(Optional.of(h), key, List.of());
        } catch (InvalidRecordException e) {
            for (Violation v : e.violations()) {
                p.add(v.path(), v.messageZh(), v.messageEn());
            }
        } catch (RuntimeException e) {
            p.add("", "记录无效（" + e.getClass().getSimpleName() + "）",
                    "The record is invalid (" + e.getClass().getSimpleName() + ")");
        }
        return new Read(Optional.empty(), key, p.list);
    }

    private Person person(Row m, String path, HukouType householdHukou, Problems p) {
        String rawId = string(m, member, M_ID);
        PersonId id = rawId == null ? p.missing(path + ".id") : parse(path + ".id", p, () -> PersonId.of(rawId));
        String number = string(m, member, M_ID_NUMBER);
        IdNumber idNumber = null;
        if (number != null) {
            try {
                idNumber = IdNumber.parse(number);
            } catch (RuntimeException e) {
                // the exception's message could quote the number: only the fact is reported
                p.add(path + ".idNumber", "身份证号码无效", "The identity number is invalid");
            }
        }
        LocalDate birth = date(m, member, M_BIRTH);
        if (birth == null) {
            p.missing(path + ".birthDate");
        }
        Gender gender = coded(m, member, M_GENDER, path + ".gender", Gender.class, true, p);
        HukouType hukou = coded(m, member, M_HUKOU, path + ".hukou", HukouType.class, true, p);
        Object ill = value(m, member, M_ILL);
        LabourCapacity labour = coded(m, member, M_LABOUR, path + ".labourCapacity", LabourCapacity.class, false, p);
        StatusKind status = coded(m, member, M_STATUS, path + ".statusKind", StatusKind.class, true, p);
        LocalDate since = date(m, member, M_SINCE);
        Disability dis = null;
        Row d = struct(m, member, M_DISABILITY);
        if (d != null) {
            DisabilityCategory category = coded(d, disability, D_CATEGORY, path + ".disability.category",
                    DisabilityCategory.class, true, p);
            Integer grade = integer(d, disability, D_GRADE, path + ".disability.grade", p);
            if (category != null && grade != null) {
                dis = parse(path + ".disability", p, () -> Disability.of(category, grade));
            }
        }
        SelfCare selfCare = null;
        List<Object> lost = list(m, member, M_SELF_CARE);
        if (lost != null && !lost.isEmpty()) {
            Set<ActivityOfDailyLiving> set = EnumSet.noneOf(ActivityOfDailyLiving.class);
            for (int i = 0; i < lost.size(); i++) {
                Object o = lost.get(i);
                Optional<ActivityOfDailyLiving> adl = o instanceof String s
                        ? Coded.findByCode(ActivityOfDailyLiving.class, s) : Optional.empty();
                if (adl.isEmpty()) {
                    p.add(path + ".selfCareLost[" + i + "]", "日常生活活动代码无效",
                            "Not a code of an activity of daily living");
                } else {
                    set.add(adl.get());
                }
            }
            selfCare = SelfCare.losing(set.toArray(new ActivityOfDailyLiving[0]));
        }
        if (id == null || birth == null || gender == null || hukou == null || status == null) {
            return null;
        }
        Person.Builder pb = Person.builder().id(id).birthDate(birth).gender(gender).hukou(hukou)
                .seriouslyIll(Boolean.TRUE.equals(ill))
                .status(PersonStatus.of(status, since != null ? since : birth));
        String name = string(m, member, M_NAME);
        pb.name(name == null || name.isBlank() ? NOT_GIVEN : name);
        if (idNumber != null) {
            pb.idNumber(idNumber);
        }
        if (labour != null) {
            pb.labourCapacity(labour);
        }
        if (dis != null) {
            pb.disability(dis);
        }
        if (selfCare != null) {
            pb.selfCare(selfCare);
        }
        try {
            return pb.build();
        } catch (InvalidRecordException e) {
            for (Violation v : e.violations()) {
                p.add(path + "." + v.path(), v.messageZh(), v.messageEn());
            }
        } catch (RuntimeException e) {
            p.add(path, "人员记录无效（" + e.getClass().getSimpleName() + "）",
                    "The person is invalid (" + e.getClass().getSimpleName() + ")");
        }
        return null;
    }

    // ------------------------------------------------------------------ field access

    private static Object value(Row r, int[] idx, int field) {
        int at = idx[field];
        return at < 0 || r.isNullAt(at) ? null : r.get(at);
    }

    private static String string(Row r, int[] idx, int field) {
        Object o = value(r, idx, field);
        return o == null ? null : o.toString();
    }

    private static Row struct(Row r, int[] idx, int field) {
        return (Row) value(r, idx, field);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Row r, int[] idx, int field) {
        Object o = value(r, idx, field);
        if (o == null) {
            return null;
        }
        if (o instanceof List<?> l) {
            return (List<T>) l;
        }
        return scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<T>) o);
    }

    private static LocalDate date(Row r, int[] idx, int field) {
        Object o = value(r, idx, field);
        if (o instanceof LocalDate d) {
            return d;
        }
        return o == null ? null : ((java.sql.Date) o).toLocalDate();
    }

    private static Money money(Row r, int[] idx, int field, String path, Problems p) {
        Object o = value(r, idx, field);
        if (o == null) {
            return p.missing(path);
        }
        BigDecimal v = (BigDecimal) o;
        try {
            return Money.of(v);
        } catch (ArithmeticException e) {
            p.add(path, "金额精度超过分", "The amount has digits below the fen");
            return null;
        }
    }

    private static Integer integer(Row r, int[] idx, int field, String path, Problems p) {
        Object o = value(r, idx, field);
        if (o == null) {
            return p.missing(path);
        }
        long v = ((Number) o).longValue();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            p.add(path, "数值超出范围", "The number is out of range");
            return null;
        }
        return (int) v;
    }

    private static <E extends Enum<E> & Coded> E coded(Row r, int[] idx, int field, String path, Class<E> type,
                                                      boolean required, Problems p) {
        String text = string(r, idx, field);
        if (text == null) {
            return required ? p.missing(path) : null;
        }
        Optional<E> e = Coded.findByCode(type, text);
        if (e.isEmpty()) {
            p.add(path, "代码无效（应为 " + codes(type) + " 之一）", "Not a valid code (one of " + codes(type) + ")");
            return null;
        }
        return e.get();
    }

    private static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(e.code());
        }
        return sb.toString();
    }

    private static <T> T parse(String path, Problems p, java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (InvalidRecordException e) {
            for (Violation v : e.violations()) {
                p.add(v.path().isEmpty() ? path : path + "." + v.path(), v.messageZh(), v.messageEn());
            }
        } catch (RuntimeException e) {
            // messages of identifier parsers quote the value: only the field and the kind of error are kept
            p.add(path, "值无效（" + e.getClass().getSimpleName() + "）",
                    "Invalid value (" + e.getClass().getSimpleName() + ")");
        }
        return null;
    }

    /** The problems of one row. */
    private static final class Problems {
        final List<RejectionRow> list = new ArrayList<>();
        String key;

        void add(String path, String zh, String en) {
            list.add(new RejectionRow(RejectionRow.INVALID_ROW, key, path, zh, en));
        }

        <T> T missing(String path) {
            add(path, "缺少必填字段", "A required field is missing");
            return null;
        }
    }
}
