package org.minzheng.runtime;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.money.Money;

/**
 * The monthly run's step for one open case (月度动态管理), the one definition {@link MonthlyRunner} and
 * {@link ReformCoster} share (decision record 0340): whether a case is run in a month, and — given its decision, the
 * program's gradual exit and the grace months in force — the state it moves to, why, and what it is paid. Pure: it
 * reads the case and the decision, and leaves storage, the audit and the tally to its callers.
 */
final class CaseStep {

    private static final PaymentComponent[] COMPONENTS = PaymentComponent.values();

    private CaseStep() {
    }

    /** What a case is paid in the month. */
    enum Pay {
        /** Nothing. */
        NOTHING,
        /** The decision's amounts by component. */
        DECISION,
        /** The amounts of the last month paid before this one (gradual exit keeps them). */
        GRACE
    }

    /**
     * What happens to a case in a month.
     *
     * @param to the state it moves to, or null when it stays
     * @param code the code of the move (recorded in the change), or null
     * @param why the reason of the move (history and change), or null
     * @param pay what it is paid
     * @param leftForReview approved but not eligible: neither moved nor paid, reported for review
     */
    record Outcome(CaseState to, String code, String why, Pay pay, boolean leftForReview) {

        static final Outcome REVIEW = new Outcome(null, null, null, Pay.NOTHING, true);
        static final Outcome PAY_DECISION = new Outcome(null, null, null, Pay.DECISION, false);
        static final Outcome PAY_GRACE = new Outcome(null, null, null, Pay.GRACE, false);

        boolean moves() {
            return to != null;
        }
    }

    /**
     * Whether the month's run decides the case: not when a later month's run changed it (an earlier month run again
     * leaves it alone), nor when it was approved this month or later (payments start the month after approval).
     *
     * @param c an open case
     * @param monthStart the first instant of the month
     * @param nextMonthStart the first instant of the next month
     * @return whether to decide it
     */
    static boolean runs(Case c, Instant monthStart, Instant nextMonthStart) {
        Instant last = c.lastChangedAt();
        if (!last.isBefore(nextMonthStart)) {
            return false;
        }
        return !(c.state() == CaseState.APPROVED && !last.isBefore(monthStart));
    }

    /**
     * When a move made by the month's run takes effect: the start of the month, or the case's last change if later.
     *
     * @param c the case
     * @param monthStart the first instant of the month
     * @return the instant
     */
    static Instant moveAt(Case c, Instant monthStart) {
        Instant last = c.lastChangedAt();
        return last.isAfter(monthStart) ? last : monthStart;
    }

    /**
     * A decision's failed conditions as text, {@code a,b}.
     *
     * @param d the decision
     * @return the codes, empty for an eligible decision
     */
    static String codes(Decision d) {
        return d.eligible() ? "" : String.join(",", d.reasons().stream().map(ReasonCode::code).toList());
    }

    /**
     * The step: the case's move and payment given its decision this month.
     *
     * @param c the case (approved, active or in gradual exit)
     * @param d its decision this month
     * @param graceTrigger whether the program's gradual exit opens on the decision
     * @param grace the grace months in force
     * @param proposesClosing whether the program proposes an active case that is no longer eligible for closing
     *     (suspended, for a caseworker to confirm) instead of terminating it
     * @param month the month
     * @param zone the zone months are taken in
     * @return the outcome, or null for a case in another state (not run)
     */
    static Outcome next(Case c, Decision d, boolean graceTrigger, int grace, boolean proposesClosing, YearMonth month,
                        ZoneId zone) {
        switch (c.state()) {
            case APPROVED -> {
                if (!d.eligible()) {
                    return Outcome.REVIEW;
                }
                return new Outcome(CaseState.ACTIVE, "payments-start",
                        "payments start the month after approval (批准次月起发放)", Pay.DECISION, false);
            }
            case ACTIVE -> {
                if (d.eligible()) {
                    return Outcome.PAY_DECISION;
                }
                String codes = codes(d);
                if (graceTrigger && grace > 0) {
                    return new Outcome(CaseState.IN_GRACE, d.reasons().get(0).code(),
                            "gradual exit for " + grace + " months (进入渐退期) [" + codes + "]", Pay.GRACE, false);
                }
                if (proposesClosing) {
                    // a caseworker decided the entry, so a caseworker confirms the exit: suspended with the reasons
                    return new Outcome(CaseState.SUSPENDED, "proposed-closing",
                            "no longer eligible: proposed for closing, to be confirmed (不再符合条件，建议注销，待核实) ["
                                    + codes + "]", Pay.NOTHING, false);
                }
                return new Outcome(CaseState.TERMINATED, graceTrigger ? d.reasons().get(0).code() : "not-eligible",
                        "no longer eligible (不再符合条件) [" + codes + "]", Pay.NOTHING, false);
            }
            case IN_GRACE -> {
                if (d.eligible()) {
                    return new Outcome(CaseState.ACTIVE, "eligible-again",
                            "eligible again during gradual exit (渐退期内重新符合条件)", Pay.DECISION, false);
                }
                long used = graceStart(c, zone).until(month, ChronoUnit.MONTHS);
                if (graceTrigger && used < grace) {
                    return Outcome.PAY_GRACE;
                }
                return new Outcome(CaseState.TERMINATED, graceTrigger ? "grace-period-ended" : "not-eligible",
                        (graceTrigger ? "gradual exit ended (渐退期满)" : "no longer eligible (不再符合条件)")
                                + " [" + codes(d) + "]", Pay.NOTHING, false);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * The month a case entered gradual exit.
     *
     * @param c a case in gradual exit
     * @param zone the zone months are taken in
     * @return the month
     * @throws IllegalStateException if its history has no move into gradual exit
     */
    static YearMonth graceStart(Case c, ZoneId zone) {
        List<Transition> h = c.history();
        for (int i = h.size() - 1; i >= 0; i--) {
            if (h.get(i).to() == CaseState.IN_GRACE) {
                return YearMonth.from(h.get(i).at().atZone(zone));
            }
        }
        throw new IllegalStateException("case " + c.id() + " is in grace without a grace transition");
    }

    /**
     * The positive amounts of a payment, in the order of the components (the order postings are made in).
     *
     * @param pay amounts by component
     * @return the positive ones, possibly empty
     */
    static Map<PaymentComponent, Money> positive(Map<PaymentComponent, Money> pay) {
        if (pay.isEmpty()) {
            return Map.of();
        }
        Map<PaymentComponent, Money> out = new EnumMap<>(PaymentComponent.class);
        for (PaymentComponent component : COMPONENTS) {
            Money amount = pay.get(component);
            if (amount != null && amount.isPositive()) {
                out.put(component, amount);
            }
        }
        return out;
    }
}
