package org.minzheng.core.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.code.Coded;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.ResolvedValue;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;

/**
 * The result of assessing one subject for one program and month (审核测算结果), in a form an auditor can
 * follow: eligible or not, a {@link ReasonCode} for every failed condition, the monthly amount and its
 * exact components, the standard values used with their sources, and an {@link Explanation}.
 *
 * <p>Invariants, checked when built: eligible exactly when no condition failed; an ineligible decision
 * has amount zero and no components; the amount is the sum of the exact components plus {@link
 * #roundingAdjustment()}, rounded once; nothing is negative.
 *
 * <p>Immutable and thread-safe.
 */
public final class Decision {

    private final ProgramCode program;
    private final SubjectRef subject;
    private final YearMonth month;
    private final RegionCode region;
    private final boolean eligible;
    private final List<ReasonCode> reasons;
    private final List<ReasonCode> notes;
    private final Money amount;
    private final List<DecisionComponent> components;
    private final BigDecimal roundingAdjustment;
    private final ApprovalLevel approval;
    private final Coded category;
    private final BigDecimal hours;
    private final Integer services;
    private final Money serviceBudget;
    private final List<ResolvedValue<?>> standardsUsed;
    private final Explanation explanation;

    private Decision(Builder b, Money amount, BigDecimal adjustment, Explanation explanation) {
        this.program = b.program;
        this.subject = b.subject;
        this.month = b.month;
        this.region = b.region;
        // wrapped once here rather than on every call of the accessors (the runtime reads them per decision)
        this.reasons = b.reasons == null ? List.of() : Collections.unmodifiableList(b.reasons);
        this.eligible = b.reasons == null;
        this.notes = b.notes == null ? List.of() : Collections.unmodifiableList(b.notes);
        this.amount = amount;
        this.components = eligible && b.components != null ? Collections.unmodifiableList(b.components) : List.of();
        this.roundingAdjustment = adjustment;
        this.approval = b.approval;
        this.category = b.category;
        this.hours = eligible ? b.hours : null;
        this.services = eligible ? b.services : null;
        this.serviceBudget = eligible ? b.serviceBudget : null;
        this.standardsUsed = Collections.unmodifiableList(b.used);
        this.explanation = explanation;
    }

    /**
     * Starts a decision. The runtime starts one for each assessment and hands it to the program's rule;
     * tests of a rule may start their own.
     *
     * @param program the program
     * @param texts the program's explanation texts
     * @param subject the household or person assessed
     * @param month the month assessed
     * @param region the subject's region
     * @return a builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(ProgramCode program, Texts texts, SubjectRef subject, YearMonth month,
                                  RegionCode region) {
        return new Builder(program, texts, subject, month, region);
    }

    /**
     * The program.
     *
     * @return the program's code
     */
    public ProgramCode program() {
        return program;
    }

    /**
     * The household or person assessed.
     *
     * @return the subject
     */
    public SubjectRef subject() {
        return subject;
    }

    /**
     * The month assessed.
     *
     * @return the month
     */
    public YearMonth month() {
        return month;
    }

    /**
     * The subject's region, for which the standards were resolved.
     *
     * @return the region
     */
    public RegionCode region() {
        return region;
    }

    /**
     * Whether every condition is met (符合条件).
     *
     * @return true when eligible
     */
    public boolean eligible() {
        return eligible;
    }

    /**
     * The conditions that failed, in the order checked; empty when eligible.
     *
     * @return an unmodifiable list of {@link ReasonCode.Kind#FAILED} codes
     */
    public List<ReasonCode> reasons() {
        return reasons;
    }

    /**
     * Notes on how the result was formed (e.g. an amount capped).
     *
     * @return an unmodifiable list of {@link ReasonCode.Kind#NOTE} codes
     */
    public List<ReasonCode> notes() {
        return notes;
    }

    /**
     * The monthly amount (月发放金额), rounded once; zero when not eligible or when the program pays no
     * money (home-care hours).
     *
     * @return the amount
     */
    public Money amount() {
        return amount;
    }

    /**
     * The exact parts of the amount, before rounding.
     *
     * @return an unmodifiable list; empty when not eligible
     */
    public List<DecisionComponent> components() {
        return components;
    }

    /**
     * The rounded amount minus the exact sum of the components.
     *
     * @return the adjustment, zero when no rounding was needed
     */
    public BigDecimal roundingAdjustment() {
        return roundingAdjustment;
    }

    /**
     * The amount per payment component, for posting to the payment ledger: each kind's exact total rounded
     * half-up to the fen, with the rounding difference assigned to the largest part so that the parts sum
     * to {@link #amount()}.
     *
     * @return an unmodifiable map in {@link PaymentComponent} order; empty when there is nothing to pay
     */
    public Map<PaymentComponent, Money> amountsByComponent() {
        if (components.isEmpty() || amount.isZero()) {
            return Map.of();
        }
        Map<PaymentComponent, BigDecimal> exact = new EnumMap<>(PaymentComponent.class);
        for (DecisionComponent c : components) {
            exact.merge(c.kind(), c.exactAmount(), BigDecimal::add);
        }
        Map<PaymentComponent, Money> result = new EnumMap<>(PaymentComponent.class);
        PaymentComponent largest = null;
        Money sum = Money.ZERO;
        for (Map.Entry<PaymentComponent, BigDecimal> e : exact.entrySet()) {
            Money m = Money.of(e.getValue(), RoundingMode.HALF_UP);
            result.put(e.getKey(), m);
            sum = sum.plus(m);
            if (largest == null || exact.get(largest).compareTo(e.getValue()) < 0) {
                largest = e.getKey();
            }
        }
        result.put(largest, result.get(largest).plus(amount.minus(sum)));
        return Collections.unmodifiableMap(result);
    }

    /**
     * The approving level required (审批层级), where the rules decide it (临时救助).
     *
     * @return the level, or empty
     */
    public Optional<ApprovalLevel> approval() {
        return Optional.ofNullable(approval);
    }

    /**
     * The category or tier found (e.g. a child's category, a 尊老金 band, a self-care tier, a capability
     * level).
     *
     * @return the category, or empty
     */
    public Optional<Coded> category() {
        return Optional.ofNullable(category);
    }

    /**
     * Hours of service per month (服务时长), for programs that grant hours rather than money.
     *
     * @return the hours, or empty
     */
    public Optional<BigDecimal> hoursPerMonth() {
        return Optional.ofNullable(hours);
    }

    /**
     * Services due per month (应服务次数), for programs that require a number of services a month (e.g. care
     * visits by risk level).
     *
     * @return the number, or empty
     */
    public Optional<Integer> servicesPerMonth() {
        return Optional.ofNullable(services);
    }

    /**
     * The value of the service granted to the subject (服务补助额度), e.g. the per-household subsidy of a home
     * adaptation, which pays the provider, not the subject: never part of {@link #amount()} and never posted.
     *
     * @return the value, or empty
     */
    public Optional<Money> serviceBudget() {
        return Optional.ofNullable(serviceBudget);
    }

    /**
     * The standard values the rule read, with their sources, in the order read.
     *
     * @return an unmodifiable list
     */
    public List<ResolvedValue<?>> standardsUsed() {
        return standardsUsed;
    }

    /**
     * How the decision was reached.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    /** E.g. {@code Decision[dibao household:H1 2022-10 eligible 909.00]}. */
    @Override
    public String toString() {
        return "Decision[" + program + " " + subject + " " + month + (eligible ? " eligible " + amount
                : " not eligible " + reasons) + "]";
    }

    /**
     * Builds a {@link Decision}: calculators record the standards they read, the conditions that failed,
     * the components and the explanation steps, then {@link #build(Rounding)}. Not thread-safe.
     */
    public static final class Builder {
        private final ProgramCode program;
        private final Texts texts;
        private final SubjectRef subject;
        private final YearMonth month;
        private final RegionCode region;
        private ArrayList<ReasonCode> reasons;
        private ArrayList<ReasonCode> notes;
        // the lists' arrays are made on the first element (room for ten, enough for most decisions, so they
        // rarely grow); components are not made at all for a decision that fails
        private ArrayList<DecisionComponent> components;
        private final ArrayList<ResolvedValue<?>> used = new ArrayList<>();
        private final ArrayList<ExplanationStep> steps = new ArrayList<>();
        private ApprovalLevel approval;
        private Coded category;
        private BigDecimal hours;
        private Integer services;
        private Money serviceBudget;
        private boolean built;

        private Builder(ProgramCode program, Texts texts, SubjectRef subject, YearMonth month, RegionCode region) {
            this.program = Objects.requireNonNull(program, "program");
            this.texts = Objects.requireNonNull(texts, "texts");
            this.subject = Objects.requireNonNull(subject, "subject");
            this.month = Objects.requireNonNull(month, "month");
            this.region = Objects.requireNonNull(region, "region");
        }

        /**
         * The program decided.
         *
         * @return the program's code
         */
        public ProgramCode program() {
            return program;
        }

        /**
         * The household or person assessed.
         *
         * @return the subject
         */
        public SubjectRef subject() {
            return subject;
        }

        /**
         * The month assessed.
         *
         * @return the month
         */
        public YearMonth month() {
            return month;
        }

        /**
         * The subject's region.
         *
         * @return the region
         */
        public RegionCode region() {
            return region;
        }

        /**
         * Reads a standard and records it as used.
         *
         * @param <T> the value type
         * @param standards the resolved standards
         * @param standard the standard
         * @return the value
         * @throws org.minzheng.core.standards.MissingStandardException if it has no value and no default
         */
        public <T> T use(ResolvedStandards standards, Standard<T> standard) {
            ResolvedValue<T> r = standards.resolved(standard);
            record(r);
            return r.value();
        }

        /**
         * Reads an optional standard and records it as used when present.
         *
         * @param <T> the value type
         * @param standards the resolved standards
         * @param standard the standard
         * @return the value, or empty
         */
        public <T> Optional<T> useIfPresent(ResolvedStandards standards, Standard<T> standard) {
            Optional<ResolvedValue<T>> r = standards.findResolved(standard);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            record(r.get());
            return Optional.of(r.get().value());
        }

        private void record(ResolvedValue<?> r) {
            for (int i = 0; i < used.size(); i++) {
                if (used.get(i).standard() == r.standard()) {
                    return;
                }
            }
            used.add(r);
        }

        /**
         * Records a failed condition.
         *
         * @param reason a {@link ReasonCode.Kind#FAILED} code
         * @return this builder
         * @throws IllegalArgumentException if the code is a note
         */
        public Builder fail(ReasonCode reason) {
            if (reason.kind() != ReasonCode.Kind.FAILED) {
                throw new IllegalArgumentException(reason.code() + " is a note, not a failed condition");
            }
            if (reasons == null) {
                reasons = new ArrayList<>(2);
            }
            if (!reasons.contains(reason)) {
                reasons.add(reason);
            }
            return this;
        }

        /**
         * Records a note.
         *
         * @param note a {@link ReasonCode.Kind#NOTE} code
         * @return this builder
         * @throws IllegalArgumentException if the code is a failed condition
         */
        public Builder note(ReasonCode note) {
            if (note.kind() != ReasonCode.Kind.NOTE) {
                throw new IllegalArgumentException(note.code() + " is a failed condition, not a note");
            }
            if (notes == null) {
                notes = new ArrayList<>(2);
            }
            if (!notes.contains(note)) {
                notes.add(note);
            }
            return this;
        }

        /**
         * Whether a condition has failed so far.
         *
         * @return true when a reason was recorded
         */
        public boolean failed() {
            return reasons != null;
        }

        /**
         * Adds an exact component of the amount.
         *
         * @param kind the payment component
         * @param person the member it is for, or null for the whole subject
         * @param exactAmount the exact amount, not negative
         * @return this builder
         * @throws IllegalArgumentException if the amount is negative
         */
        public Builder component(PaymentComponent kind, PersonId person, BigDecimal exactAmount) {
            if (components == null) {
                components = new ArrayList<>(4);
            }
            components.add(new DecisionComponent(kind, Optional.ofNullable(person), exactAmount));
            return this;
        }

        /**
         * Adds an explanation step.
         *
         * @param key the message key
         * @param args the arguments, not null
         * @return this builder
         */
        public Builder step(String key, Object... args) {
            if (!texts.defines(key)) {
                throw new IllegalArgumentException("explanation texts " + texts.name() + " define no key " + key);
            }
            steps.add(ExplanationStep.trusted(texts, key, args));
            return this;
        }

        /**
         * Sets the approving level.
         *
         * @param level the level
         * @return this builder
         */
        public Builder approval(ApprovalLevel level) {
            this.approval = Objects.requireNonNull(level, "level");
            return this;
        }

        /**
         * Sets the category or tier found.
         *
         * @param value the category
         * @return this builder
         */
        public Builder category(Coded value) {
            this.category = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the hours of service per month.
         *
         * @param value the hours, not negative
         * @return this builder
         */
        public Builder hoursPerMonth(BigDecimal value) {
            if (value.signum() < 0) {
                throw new IllegalArgumentException("hours must not be negative: " + value);
            }
            this.hours = value;
            return this;
        }

        /**
         * Sets the services due per month.
         *
         * @param value the number, not negative
         * @return this builder
         */
        public Builder servicesPerMonth(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("services must not be negative: " + value);
            }
            this.services = value;
            return this;
        }

        /**
         * Sets the value of the service granted (not paid to the subject).
         *
         * @param value the value, not negative
         * @return this builder
         */
        public Builder serviceBudget(Money value) {
            if (value.amount().signum() < 0) {
                throw new IllegalArgumentException("a service budget must not be negative: " + value);
            }
            this.serviceBudget = value;
            return this;
        }

        /**
         * Finishes the decision: sums the exact components, rounds the total once, and closes the
         * explanation with the total (or with the failed conditions).
         *
         * @param rounding how to round the total
         * @return the decision
         * @throws IllegalStateException if called twice
         */
        public Decision build(Rounding rounding) {
            if (built) {
                throw new IllegalStateException("decision already built");
            }
            built = true;
            if (reasons != null) {
                steps.add(ExplanationStep.trusted(texts, "not-eligible", new Object[] {new ReasonList(reasons)}));
                return new Decision(this, Money.ZERO, BigDecimal.ZERO,
                        Explanation.trusted(steps, Money.ZERO));
            }
            BigDecimal exact = components == null ? BigDecimal.ZERO : components.get(0).exactAmount();
            for (int i = 1; components != null && i < components.size(); i++) {
                exact = exact.add(components.get(i).exactAmount());
            }
            Money amount = rounding.apply(exact);
            BigDecimal adjustment = amount.amount().compareTo(exact) == 0 ? BigDecimal.ZERO
                    : amount.amount().subtract(exact);
            if (adjustment.signum() == 0) {
                steps.add(ExplanationStep.trusted(texts, "total", new Object[] {amount}));
            } else {
                steps.add(ExplanationStep.trusted(texts, "total-rounded", new Object[] {exact, rounding, amount}));
            }
            return new Decision(this, amount, adjustment, Explanation.trusted(steps, amount));
        }
    }

    /** The failed conditions as one explanation argument, rendered by name in the reader's language. */
    record ReasonList(List<ReasonCode> reasons) implements Coded {
        @Override
        public String code() {
            StringBuilder sb = new StringBuilder();
            for (ReasonCode r : reasons) {
                sb.append(sb.length() == 0 ? "" : ", ").append(r.code());
            }
            return sb.toString();
        }

        @Override
        public String chineseName() {
            StringBuilder sb = new StringBuilder();
            for (ReasonCode r : reasons) {
                sb.append(sb.length() == 0 ? "" : "；").append(r.chineseName());
            }
            return sb.toString();
        }

        @Override
        public String englishName() {
            StringBuilder sb = new StringBuilder();
            for (ReasonCode r : reasons) {
                sb.append(sb.length() == 0 ? "" : "; ").append(r.englishName());
            }
            return sb.toString();
        }
    }
}
