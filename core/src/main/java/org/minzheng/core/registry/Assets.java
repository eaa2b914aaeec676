package org.minzheng.core.registry;

import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.money.Money;

/**
 * The assets of a household (家庭财产) checked by the asset test of social assistance: deposits,
 * securities, vehicles and real estate, with counts and values (《最低生活保障审核确认办法》,
 * 民发〔2021〕57号). The limits are regional standards.
 *
 * @param deposits bank deposits and cash (存款)
 * @param securities securities, funds and similar financial assets (有价证券)
 * @param vehicles number of motor vehicles (机动车辆数)
 * @param vehiclesValue total value of the vehicles
 * @param realEstate number of dwellings and other real-estate units (房产套数)
 * @param realEstateValue total value of the real estate
 */
public record Assets(Money deposits, Money securities, int vehicles, Money vehiclesValue,
                     int realEstate, Money realEstateValue) {

    /** No assets at all (无财产). */
    public static final Assets NONE = new Assets(Money.ZERO, Money.ZERO, 0, Money.ZERO, 0, Money.ZERO);

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws InvalidRecordException if an amount or count is negative (rule
     *     {@code non-negative}, path the component name)
     */
    public Assets {
        Objects.requireNonNull(deposits, "deposits");
        Objects.requireNonNull(securities, "securities");
        Objects.requireNonNull(vehiclesValue, "vehiclesValue");
        Objects.requireNonNull(realEstateValue, "realEstateValue");
        Violations v = new Violations();
        money(v, "deposits", deposits);
        money(v, "securities", securities);
        v.nonNegative("vehicles", vehicles);
        money(v, "vehiclesValue", vehiclesValue);
        v.nonNegative("realEstate", realEstate);
        money(v, "realEstateValue", realEstateValue);
        v.throwIfAny();
    }

    private static void money(Violations v, String path, Money m) {
        if (m.isNegative()) {
            v.add(new org.minzheng.core.invariant.Violation(path, "non-negative",
                    "财产金额不能为负数：" + path, "An asset value must not be negative: " + path,
                    Optional.of(m.toString())));
        }
    }

    /**
     * Deposits plus securities (金融资产).
     *
     * @return the financial assets
     */
    public Money financialAssets() {
        return deposits.plus(securities);
    }

    /**
     * A copy with other deposits.
     *
     * @param value the deposits
     * @return the copy
     */
    public Assets withDeposits(Money value) {
        return new Assets(value, securities, vehicles, vehiclesValue, realEstate, realEstateValue);
    }

    /**
     * A copy with other securities.
     *
     * @param value the securities
     * @return the copy
     */
    public Assets withSecurities(Money value) {
        return new Assets(deposits, value, vehicles, vehiclesValue, realEstate, realEstateValue);
    }

    /**
     * A copy with other vehicles.
     *
     * @param count the number of vehicles
     * @param value their total value
     * @return the copy
     */
    public Assets withVehicles(int count, Money value) {
        return new Assets(deposits, securities, count, value, realEstate, realEstateValue);
    }

    /**
     * A copy with other real estate.
     *
     * @param count the number of units
     * @param value their total value
     * @return the copy
     */
    public Assets withRealEstate(int count, Money value) {
        return new Assets(deposits, securities, vehicles, vehiclesValue, count, value);
    }
}
