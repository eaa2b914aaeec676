package org.minzheng.core.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.money.Money;

/**
 * How a decision was reached, step by step, in numbers and words (计算说明): "Per-capita income:
 * 1500.00 ÷ 3 = 500.00 yuan", "Base amount: (803.00 − 500.00) × 3 = 909.00 yuan", … The steps are
 * structured data ({@link ExplanationStep}); {@link #render(Locale)} turns them into Chinese or English
 * text from resource bundles, on demand — batch assessment never pays for text it does not show.
 *
 * <p>{@link #total()} is the amount the explanation arrives at; for every decision minzheng makes it
 * equals {@link Decision#amount()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Explanation {

    private static final Explanation EMPTY = new Explanation(List.of(), null);

    private final List<ExplanationStep> steps;
    private final Money total;

    private Explanation(List<ExplanationStep> steps, Money total) {
        this.steps = steps;
        this.total = total;
    }

    /**
     * An explanation of the given steps.
     *
     * @param steps the steps, in order
     * @param total the amount arrived at, or empty when none is stated
     * @return the explanation
     * @throws NullPointerException if an argument or step is null
     */
    public static Explanation of(List<ExplanationStep> steps, Optional<Money> total) {
        List<ExplanationStep> copy = List.copyOf(steps);
        return new Explanation(copy, Objects.requireNonNull(total, "total").orElse(null));
    }

    /** Wraps a list the caller will not touch again: no copy. */
    static Explanation trusted(ArrayList<ExplanationStep> steps, Money total) {
        return new Explanation(Collections.unmodifiableList(steps), total);
    }

    /**
     * An explanation without steps.
     *
     * @return the empty explanation
     */
    public static Explanation empty() {
        return EMPTY;
    }

    /**
     * The steps, in order.
     *
     * @return an unmodifiable list
     */
    public List<ExplanationStep> steps() {
        return steps;
    }

    /**
     * The amount the explanation arrives at.
     *
     * @return the total, or empty when the explanation states none
     */
    public Optional<Money> total() {
        return Optional.ofNullable(total);
    }

    /**
     * The steps as text, one per line.
     *
     * @param locale the language: Chinese for {@code zh}, English otherwise
     * @return the lines
     * @throws NullPointerException if {@code locale} is null
     */
    public List<String> lines(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        List<String> lines = new ArrayList<>(steps.size());
        for (ExplanationStep s : steps) {
            lines.add(s.render(locale));
        }
        return List.copyOf(lines);
    }

    /**
     * The whole explanation as text, one step per line.
     *
     * @param locale the language: Chinese for {@code zh}, English otherwise
     * @return the text
     * @throws NullPointerException if {@code locale} is null
     */
    public String render(Locale locale) {
        return String.join("\n", lines(locale));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation e && steps.equals(e.steps) && Objects.equals(total, e.total);
    }

    @Override
    public int hashCode() {
        return steps.hashCode() * 31 + Objects.hashCode(total);
    }

    /** The steps' keys and arguments, unrendered. */
    @Override
    public String toString() {
        return "Explanation" + steps + (total == null ? "" : " = " + total);
    }
}
