package org.minzheng.tck.cases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.money.Money;

/**
 * What a policy case expects of the decision (预期结果): the {@code expect} block of a case. Optional
 * parts are compared only when given.
 *
 * @param eligible whether the subject is eligible
 * @param amount the monthly amount, exact to the fen (0.00 when not eligible)
 * @param reasons the codes of the failed conditions, compared as a set; empty when not given
 * @param notes the codes of the decision's notes (e.g. {@code temporary.capped}), compared as a set; empty
 *        when not given
 * @param components amounts by payment-component code, compared exactly (components not listed must be
 *        zero); empty when not given
 * @param approval the approving level code ({@code township} or {@code county}); empty when not given
 * @param category the category code (children: {@code orphan}, {@code de-facto-unsupported}, …); empty
 *        when not given
 * @param hours the service hours per month (home care); empty when not given
 * @param services the services due per month (care visits by risk); empty when not given
 */
public record Expectation(boolean eligible, Money amount, Optional<List<String>> reasons,
        Optional<List<String>> notes, Optional<Map<String, Money>> components, Optional<String> approval, Optional<String> category,
        Optional<BigDecimal> hours, Optional<Integer> services) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Expectation {
        Objects.requireNonNull(amount, "amount");
        reasons = Objects.requireNonNull(reasons, "reasons").map(List::copyOf);
        notes = Objects.requireNonNull(notes, "notes").map(List::copyOf);
        components = Objects.requireNonNull(components, "components").map(Map::copyOf);
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(services, "services");
    }

    /**
     * An expectation without services due.
     *
     * @param eligible whether eligible
     * @param amount the amount
     * @param reasons the reasons
     * @param notes the notes
     * @param components the components
     * @param approval the approval level
     * @param category the category
     * @param hours the hours
     */
    public Expectation(boolean eligible, Money amount, Optional<List<String>> reasons, Optional<List<String>> notes,
                       Optional<Map<String, Money>> components, Optional<String> approval, Optional<String> category,
                       Optional<BigDecimal> hours) {
        this(eligible, amount, reasons, notes, components, approval, category, hours, Optional.empty());
    }
}
