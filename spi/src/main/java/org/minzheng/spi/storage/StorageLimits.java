package org.minzheng.spi.storage;

import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.facility.Facility;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Member;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordKind;
import org.minzheng.core.registry.Person;

/**
 * The text lengths every store accepts (存储字段长度上限), in Unicode code points.
 *
 * <p>A store refuses a longer value with {@link ValueTooLongException} before writing anything;
 * it never truncates. The limits are part of the SPI so that data moves between stores without
 * loss, and the storage contract suite checks them on every store.
 */
public final class StorageLimits {

    /** Identifiers of records (household, person, case, service record, facility ids). */
    public static final int IDENTIFIER = 64;
    /** Names of persons, facilities, workers and organisations. */
    public static final int NAME = 100;
    /** Postal addresses. */
    public static final int ADDRESS = 300;
    /** Codes of enumerated values. */
    public static final int CODE = 64;
    /** Short texts: reasons, notes, the actor's identifier. */
    public static final int TEXT = 1_000;
    /** Long free text: service content, case notes. */
    public static final int LONG_TEXT = 4_000;

    /** The largest amount of money stored (DECIMAL(14,2)): 999,999,999,999.99 yuan. */
    public static final Money MAX_AMOUNT = Money.of("999999999999.99");

    private StorageLimits() {
    }

    /**
     * Checks an amount against {@link #MAX_AMOUNT} (in absolute value).
     *
     * @param field the property path, used in the exception
     * @param amount the amount
     * @return the amount
     * @throws IllegalArgumentException if the amount is out of range
     */
    public static Money checkAmount(String field, Money amount) {
        if (amount.amount().abs().compareTo(MAX_AMOUNT.amount()) > 0) {
            throw new IllegalArgumentException(field + " is out of the storable range ±" + MAX_AMOUNT
                    + " (金额超出可存储范围)");
        }
        return amount;
    }

    /**
     * Checks a value against a limit.
     *
     * @param field the property path, used in the exception
     * @param value the value; {@code null} passes (absence is checked elsewhere)
     * @param limit the maximum length in code points
     * @return the value
     * @throws ValueTooLongException if the value is longer than {@code limit} code points
     * @throws IllegalArgumentException if the value contains U+0000, which PostgreSQL cannot store
     */
    public static String check(String field, String value, int limit) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException(field + " contains the NUL character (U+0000), which databases cannot "
                    + "store; nothing was written (文本含有空字符)");
        }
        if (value != null && value.length() > limit) {
            int length = value.codePointCount(0, value.length());
            if (length > limit) {
                throw new ValueTooLongException(field, limit, length);
            }
        }
        return value;
    }

    /**
     * Checks every text of a household and its members.
     *
     * @param household the household
     * @throws ValueTooLongException naming the first value that is too long
     */
    public static void checkHousehold(Household household) {
        check("household.id", household.id().value(), IDENTIFIER);
        check("household.address", household.address(), ADDRESS);
        checkAmount("household.assets.deposits", household.assets().deposits());
        checkAmount("household.assets.securities", household.assets().securities());
        checkAmount("household.assets.vehiclesValue", household.assets().vehiclesValue());
        checkAmount("household.assets.realEstateValue", household.assets().realEstateValue());
        for (int k = 0; k < household.incomes().size(); k++) {
            checkAmount("household.incomes[" + k + "].monthlyAmount", household.incomes().get(k).monthlyAmount());
        }
        for (int k = 0; k < household.rigidExpenditures().size(); k++) {
            checkAmount("household.rigidExpenditures[" + k + "].amount", household.rigidExpenditures().get(k).amount());
        }
        int i = 0;
        for (Member m : household.members()) {
            checkPerson(m.person(), "household.members[" + i++ + "].person");
        }
    }

    /**
     * Checks every text of a person.
     *
     * @param person the person
     * @param path the property path of the person, e.g. {@code "person"}
     * @throws ValueTooLongException naming the first value that is too long
     */
    public static void checkPerson(Person person, String path) {
        check(path + ".id", person.id().value(), IDENTIFIER);
        check(path + ".name", person.name(), NAME);
        for (int i = 0; i < person.parents().size(); i++) {
            int index = i;
            person.parents().get(i).person().ifPresent(p -> check(path + ".parents[" + index + "].person", p.value(), IDENTIFIER));
        }
        for (int i = 0; i < person.relatives().size(); i++) {
            int index = i;
            person.relatives().get(i).person()
                    .ifPresent(p -> check(path + ".relatives[" + index + "].person", p.value(), IDENTIFIER));
            person.relatives().get(i).annualIncome()
                    .ifPresent(m -> checkAmount(path + ".relatives[" + index + "].annualIncome", m));
        }
    }

    /**
     * Checks every text of a case and its history.
     *
     * @param aCase the case
     * @throws ValueTooLongException naming the first value that is too long
     */
    public static void checkCase(Case aCase) {
        check("case.id", aCase.id().value(), IDENTIFIER);
        check("case.subject", aCase.subject().id(), IDENTIFIER);
        check("case.applicant", aCase.applicant().value(), IDENTIFIER);
        int i = 0;
        for (Transition t : aCase.history()) {
            // the path is made only for a value that fails (a store checks every entry of every case it saves)
            if (!fits(t.operator(), NAME)) {
                check("case.history[" + i + "].operator", t.operator(), NAME);
            }
            if (!fits(t.reason(), TEXT)) {
                check("case.history[" + i + "].reason", t.reason(), TEXT);
            }
            i++;
        }
    }

    /** Whether {@link #check} passes a value, without naming it: true for most values at the cost of two scans. */
    private static boolean fits(String value, int limit) {
        return value == null || (value.length() <= limit && value.indexOf('\u0000') < 0);
    }

    /**
     * Checks every text of a facility.
     *
     * @param facility the facility
     * @throws ValueTooLongException naming the first value that is too long
     */
    public static void checkFacility(Facility facility) {
        check("facility.id", facility.id().value(), IDENTIFIER);
        check("facility.name", facility.name(), NAME);
        check("facility.operator.name", facility.operator().name(), NAME);
        facility.grade().ifPresent(g -> check("facility.grade.label", g.label(), CODE));
    }

    /**
     * Checks the identifiers of a service record (the kind-specific texts are free text).
     *
     * @param serviceRecord the record
     * @throws ValueTooLongException naming the first value that is too long
     */
    public static void checkServiceRecord(ServiceRecord serviceRecord) {
        check("serviceRecord.id", serviceRecord.id().value(), IDENTIFIER);
        check("serviceRecord.subject", serviceRecord.subject().id(), IDENTIFIER);
        serviceRecord.caseId().ifPresent(c -> check("serviceRecord.caseId", c.value(), IDENTIFIER));
    }

    /**
     * A copy of a service record with another version, for stores implementing
     * {@link ServiceRecordRepository#save}: every kind defined in minzheng-core is supported.
     *
     * @param <T> the kind
     * @param serviceRecord the record
     * @param version the version of the copy
     * @return the copy
     * @throws StorageException for a class that minzheng-core does not define
     */
    public static <T extends ServiceRecord> T withVersion(T serviceRecord, long version) {
        return ServiceRecordVersions.withVersion(serviceRecord, version);
    }

    /**
     * The record class minzheng-core defines for a kind of service record, for stores that
     * read records back by their stored kind.
     *
     * @param kind the kind
     * @return the class whose instances {@link #withVersion} accepts for that kind
     */
    public static Class<? extends ServiceRecord> serviceRecordType(ServiceRecordKind kind) {
        return ServiceRecordVersions.type(java.util.Objects.requireNonNull(kind, "kind"));
    }
}
