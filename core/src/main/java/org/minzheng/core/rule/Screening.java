package org.minzheng.core.rule;

import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.minzheng.core.decision.Decision;

import org.minzheng.core.registry.Person;

/**
 * Screening (排查): whether the runtime looks, over the whole registry of a region, for subjects who qualify
 * for a program but have no case — monthly, or once a year in a given month — and what it does with them:
 * opens a case for a caseworker to review, or starts payment at once (e.g. 尊老金 for everyone of age).
 *
 * <p>A program may name a cheap test of a person that every qualifying subject passes (e.g. aged 79 or
 * more for 尊老金), so that screening assesses only candidates; the contract suite checks that the rule
 * never finds a subject eligible who fails it.
 */
public final class Screening {

    /** What screening does with a qualifying subject without a case. */
    public enum Action {
        /** Opens a case for review by a caseworker (发现线索，待核实). */
        OPEN_FOR_REVIEW,
        /** Opens a case and starts payment or service at once (自动纳入). */
        START
    }

    /** How often screening runs. */
    public enum Frequency {
        /** Never: the program is applied for (依申请). */
        NEVER,
        /** Every month. */
        MONTHLY,
        /** Once a year, in a given month. */
        YEARLY
    }

    private static final Screening NONE = new Screening(Frequency.NEVER, Optional.empty(), Action.OPEN_FOR_REVIEW,
            (p, m) -> true, "everyone", d -> true, "every eligible subject");

    private final Frequency frequency;
    private final Optional<Month> month;
    private final Action action;
    private final BiPredicate<Person, YearMonth> candidate;
    private final String candidateDescription;
    private final Predicate<Decision> opens;
    private final String opensDescription;

    private Screening(Frequency frequency, Optional<Month> month, Action action, BiPredicate<Person, YearMonth> candidate,
                      String candidateDescription, Predicate<Decision> opens, String opensDescription) {
        this.frequency = frequency;
        this.month = month;
        this.action = action;
        this.candidate = candidate;
        this.candidateDescription = candidateDescription;
        this.opens = opens;
        this.opensDescription = opensDescription;
    }

    /**
     * No screening: the program is applied for.
     *
     * @return the screening
     */
    public static Screening none() {
        return NONE;
    }

    /**
     * Screening every month.
     *
     * @param action what to do with a qualifying subject
     * @return the screening
     */
    public static Screening monthly(Action action) {
        return new Screening(Frequency.MONTHLY, Optional.empty(), Objects.requireNonNull(action, "action"),
                (p, m) -> true, "everyone", d -> true, "every eligible subject");
    }

    /**
     * Screening once a year.
     *
     * @param month the month it runs in
     * @param action what to do with a qualifying subject
     * @return the screening
     */
    public static Screening yearly(Month month, Action action) {
        return new Screening(Frequency.YEARLY, Optional.of(Objects.requireNonNull(month, "month")),
                Objects.requireNonNull(action, "action"), (p, m) -> true, "everyone", d -> true,
                "every eligible subject");
    }

    /**
     * This screening, assessing only persons who pass a cheap test (for a household program: households with a
     * member who passes it).
     *
     * @param description what the test is, for documentation, e.g. "aged 79 or more"
     * @param test the test of a person in a month; every subject the rule finds eligible must pass it
     * @return the screening
     */
    public Screening candidates(String description, BiPredicate<Person, YearMonth> test) {
        if (frequency == Frequency.NEVER) {
            throw new IllegalStateException("a program without screening has no candidates");
        }
        return new Screening(frequency, month, action, Objects.requireNonNull(test, "test"),
                Objects.requireNonNull(description, "description"), opens, opensDescription);
    }

    /**
     * This screening, opening a case only for an eligible subject whose decision passes a test — e.g. accident
     * insurance opens cases for the elderly whose premium the government pays, not for those who may enrol at their
     * own expense.
     *
     * @param description what the test is, for documentation, e.g. "premium paid by the government"
     * @param test the test of an eligible decision
     * @return the screening
     * @throws IllegalStateException for a program without screening
     */
    public Screening onlyWhen(String description, Predicate<Decision> test) {
        if (frequency == Frequency.NEVER) {
            throw new IllegalStateException("a program without screening opens no cases");
        }
        return new Screening(frequency, month, action, candidate, candidateDescription,
                Objects.requireNonNull(test, "test"), Objects.requireNonNull(description, "description"));
    }

    /**
     * Whether screening opens a case for a subject with this decision: eligible, and passing {@link #onlyWhen}'s test.
     *
     * @param decision the subject's decision in the month screened
     * @return true when a case is opened
     */
    public boolean opens(Decision decision) {
        return decision.eligible() && opens.test(decision);
    }

    /**
     * Whether a case that no longer qualifies is proposed for closing (suspended for a caseworker to confirm:
     * 建议注销，待核实) rather than terminated by the monthly run: true for a program whose screening opens cases
     * for review, since a caseworker decides its entries and so also its exits.
     *
     * @return true when closing is proposed
     */
    public boolean proposesClosing() {
        return frequency != Frequency.NEVER && action == Action.OPEN_FOR_REVIEW;
    }

    /**
     * The description of the test {@link #opens} applies.
     *
     * @return e.g. "premium paid by the government"
     */
    public String opensDescription() {
        return opensDescription;
    }

    /**
     * How often screening runs.
     *
     * @return the frequency
     */
    public Frequency frequency() {
        return frequency;
    }

    /**
     * The month of a yearly screening.
     *
     * @return the month, or empty
     */
    public Optional<Month> month() {
        return month;
    }

    /**
     * What screening does with a qualifying subject.
     *
     * @return the action
     */
    public Action action() {
        return action;
    }

    /**
     * Whether screening runs in a month.
     *
     * @param m the month
     * @return true when it runs
     */
    public boolean runsIn(YearMonth m) {
        return switch (frequency) {
            case NEVER -> false;
            case MONTHLY -> true;
            case YEARLY -> m.getMonth() == month.orElseThrow();
        };
    }

    /**
     * Whether a person is a candidate.
     *
     * @param person the person
     * @param m the month screened
     * @return true when the rule should be applied
     */
    public boolean isCandidate(Person person, YearMonth m) {
        return candidate.test(person, m);
    }

    /**
     * The description of the candidate test.
     *
     * @return e.g. "aged 79 or more"
     */
    public String candidateDescription() {
        return candidateDescription;
    }

    /** E.g. {@code Screening[MONTHLY, START, aged 79 or more]}. */
    @Override
    public String toString() {
        return "Screening[" + frequency + month.map(m -> " " + m).orElse("") + ", " + action + ", "
                + candidateDescription + ", " + opensDescription + "]";
    }
}
