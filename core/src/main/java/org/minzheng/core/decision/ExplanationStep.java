package org.minzheng.core.decision;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.minzheng.core.code.Coded;
import org.minzheng.core.money.Money;

/**
 * One step of an {@link Explanation} (计算步骤): a message key and its arguments — numbers, amounts,
 * coded values — kept as data. Nothing is formatted until the step is {@linkplain #render(Locale)
 * rendered}, so building an explanation costs a small allocation, not string work.
 *
 * <p>Message keys name entries of the bundle {@code org.minzheng.core.decision.Explanations} (English
 * and Chinese), e.g. {@code dibao.per-capita} = "Per-capita income: {0} ÷ {1} = {2} yuan".
 *
 * <p>Immutable if its arguments are (minzheng only passes immutable values).
 */
public final class ExplanationStep {

    private final String key;
    private final Object[] args;

    private ExplanationStep(String key, Object[] args) {
        this.key = key;
        this.args = args;
    }

    /**
     * Makes a step.
     *
     * @param key the message key
     * @param args the arguments; {@link Money}, {@link BigDecimal}, {@link Coded}, numbers, dates, strings
     * @return the step
     * @throws NullPointerException if the key or an argument is null
     */
    public static ExplanationStep of(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        Object[] copy = args.clone();
        for (Object a : copy) {
            Objects.requireNonNull(a, () -> "argument of step " + key);
        }
        return new ExplanationStep(key, copy);
    }

    /** Without a defensive copy: for calculators that pass fresh arrays. */
    static ExplanationStep trusted(String key, Object[] args) {
        return new ExplanationStep(key, args);
    }

    /**
     * The message key.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The arguments.
     *
     * @return an unmodifiable list
     */
    public List<Object> arguments() {
        return List.of(args);
    }

    /**
     * Renders the step in a language.
     *
     * @param locale the language: Chinese for {@code zh}, English otherwise
     * @return the text
     * @throws NullPointerException if {@code locale} is null
     */
    public String render(Locale locale) {
        return ExplanationMessages.format(locale, key, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExplanationStep s && key.equals(s.key) && Arrays.equals(args, s.args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(args);
    }

    /** The key and arguments, e.g. {@code dibao.per-capita[1500.00, 3, 500]}. */
    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
