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
 * <p>Message keys name entries of the step's {@link Texts} (the program's own, in Chinese and English),
 * e.g. {@code dibao.income} = "Countable monthly income {0} yuan for {1} persons, per capita {2} yuan".
 *
 * <p>Immutable if its arguments are (minzheng only passes immutable values).
 */
public final class ExplanationStep {

    private final Texts texts;
    private final String key;
    private final Object[] args;

    private ExplanationStep(Texts texts, String key, Object[] args) {
        this.texts = texts;
        this.key = key;
        this.args = args;
    }

    /**
     * Makes a step.
     *
     * @param texts the texts that define the key
     * @param key the message key
     * @param args the arguments; {@link Money}, {@link BigDecimal}, {@link Coded}, numbers, dates, strings
     * @return the step
     * @throws NullPointerException if the texts, the key or an argument is null
     * @throws IllegalArgumentException if the texts do not define the key
     */
    public static ExplanationStep of(Texts texts, String key, Object... args) {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(key, "key");
        if (!texts.defines(key)) {
            throw new IllegalArgumentException("explanation texts " + texts.name() + " define no key " + key);
        }
        Object[] copy = args.clone();
        for (Object a : copy) {
            Objects.requireNonNull(a, () -> "argument of step " + key);
        }
        return new ExplanationStep(texts, key, copy);
    }

    /** Without a defensive copy: for calculators that pass fresh arrays. */
    static ExplanationStep trusted(Texts texts, String key, Object[] args) {
        return new ExplanationStep(texts, key, args);
    }

    /**
     * The texts the step is rendered with.
     *
     * @return the texts
     */
    public Texts texts() {
        return texts;
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
        return ExplanationMessages.format(texts, locale, key, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExplanationStep s && key.equals(s.key) && texts == s.texts && Arrays.equals(args, s.args);
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
